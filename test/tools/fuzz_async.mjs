#!/usr/bin/env node
// Differential fuzzer driver: for seeds N..M, generate a program with test/tools/fuzz_async.py,
// run it under CPython and under Yieldpoint (dist/cli.js), compare stdout, the last stderr line and
// the exit code, then the task step sequences (test/tools/cpython_steps.py against `run --trace`).
// Failing programs are saved to /tmp/fuzz-async-fail/ (seed_N.py plus seed_N.txt saying why).
//
// usage: node test/tools/fuzz_async.mjs N [M] [--jobs J] [--no-steps] [--out DIR] [--slot SECONDS]
//        node test/tools/fuzz_async.mjs FILE.py... [options]   (re-check saved programs)
// env:   PYTHON (default: the real python3 behind any shim), CLI (default: dist/cli.js)
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); if (i < 0) return dflt; const v = args[i + 1]; args.splice(i, 2); return v; };
const flag = (name) => { const i = args.indexOf(name); if (i < 0) return false; args.splice(i, 1); return true; };
const jobs = Number(opt('--jobs', '2'));
const outDir = opt('--out', '/tmp/fuzz-async-fail');
const noSteps = flag('--no-steps');
const slot = opt('--slot', null);
const files = args.filter((a) => a.endsWith('.py'));
const first = files.length ? 0 : Number(args[0] ?? 1);
const last = files.length ? files.length - 1 : Number(args[1] ?? first);
const PYTHON = process.env.PYTHON
  || spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout.trim() || 'python3';
const CLI = process.env.CLI || path.join(root, 'dist', 'cli.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-async-'));
fs.mkdirSync(outDir, { recursive: true });

function run(cmd, argv, timeoutMs = 60000) {
  return new Promise((resolve) => {
    const p = spawn(cmd, argv, { cwd: root, env: { ...process.env, PYTHONHASHSEED: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '', killed = false;
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { err += d; });
    const t = setTimeout(() => { killed = true; p.kill('SIGKILL'); }, timeoutMs);
    p.on('close', (code) => { clearTimeout(t); resolve({ stdout: out, stderr: err, code: killed ? 'timeout' : code }); });
  });
}

const lastLine = (s) => { const l = s.replace(/\s+$/, '').split('\n'); return l[l.length - 1] ?? ''; };
const outcome = (r) => ({ stdout: r.stdout, stderrLast: lastLine(r.stderr), code: r.code });
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

// Same parsing as test/support/steps.ts.
const EVENT = /^\[\s*[\d.]+\] (.+?) (starts|resumes|yields|done)(?: at (?:outside the program|\S+:(\d+))|:)/;
function stepsFromTrace(trace) {
  const steps = []; let open = null;
  for (const line of trace.split('\n')) {
    const m = EVENT.exec(line); if (!m) continue;
    const [, task, kind, ln] = m; const n = ln === undefined ? null : Number(ln);
    if (kind === 'starts' || kind === 'resumes') { open = { task, resumeLine: n, yieldLine: null }; steps.push(open); }
    else if (kind === 'yields') { if (open) open.yieldLine = n; open = null; } else open = null;
  }
  return steps;
}
const pySteps = async (f) => (await run(PYTHON, [path.join(root, 'test', 'tools', 'cpython_steps.py'), f])).stdout
  .split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));

// Steps after main's last one belong to asyncio.run's shutdown, whose async-generator cleanup
// depends on when CPython's garbage collector finalized them (an accepted difference).
function trim(steps) {
  let i = steps.length - 1;
  while (i >= 0 && steps[i].task !== 'Task-1') i--;
  return steps.slice(0, i + 1);
}

function firstDiff(a, b) {
  a = trim(a); b = trim(b);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (!same(a[i], b[i])) return `step ${i}:\n py ${JSON.stringify(a.slice(Math.max(0, i - 2), i + 3))}\n yp ${JSON.stringify(b.slice(Math.max(0, i - 2), i + 3))}`;
  }
  return null;
}

function textDiff(a, b) {
  const x = a.split('\n'), y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}:\n py ${JSON.stringify(x[i])}\n yp ${JSON.stringify(y[i])}`;
  }
  return '';
}

const counts = { pass: 0, fail: 0, flaky: 0, hang: 0 };
async function one(seed) {
  let file;
  if (files.length) { file = path.resolve(files[seed]); seed = path.basename(file, '.py'); } else {
    file = path.join(work, `seed_${seed}.py`);
    const gen = spawnSync(PYTHON, [path.join(root, 'test', 'tools', 'fuzz_async.py'), String(seed), ...(slot ? [slot] : [])], { encoding: 'utf8' });
    fs.writeFileSync(file, gen.stdout);
  }
  let [py, yp] = await Promise.all([run(PYTHON, [file]), run(process.execPath, [CLI, 'run', file])]);
  let why = null;
  if (py.code === 'timeout') { counts.hang++; console.log(`seed ${seed}: HANG under CPython (generator bug)`); save(seed, file, 'hang under CPython'); return; }
  if (!same(outcome(py), outcome(yp))) {
    // Real-time jitter? Ask the oracle twice more; if CPython disagrees with itself, the generator is at fault.
    const again = [await run(PYTHON, [file]), await run(PYTHON, [file])];
    if (again.some((r) => !same(outcome(r), outcome(py)))) {
      const other = again.find((r) => !same(outcome(r), outcome(py)));
      counts.flaky++; console.log(`seed ${seed}: FLAKY under CPython (generator bug)`);
      save(seed, file, `CPython nondeterministic: ${textDiff(py.stdout, other.stdout) || 'stderr/code'}`); return;
    }
    const a = outcome(py), b = outcome(yp);
    // An exception never retrieved is logged when the future is garbage collected: at exit under
    // CPython, possibly after the last traceback (an accepted difference).
    if (a.stdout === b.stdout && a.code === b.code && /exception was never retrieved/.test(py.stderr + yp.stderr)) {
      counts.gc = (counts.gc ?? 0) + 1; console.log(`seed ${seed}: stderr differs by an exception never retrieved (GC timing)`); return;
    }
    why = a.stdout !== b.stdout ? `stdout ${textDiff(a.stdout, b.stdout)}` : a.code !== b.code ? `exit code py=${a.code} yp=${b.code}`
      : `stderr last line:\n py ${a.stderrLast}\n yp ${b.stderrLast}`;
  } else if (!noSteps) {
    const [ps, ys] = await Promise.all([pySteps(file), run(process.execPath, [CLI, 'run', '--trace', file]).then((r) => stepsFromTrace(r.stderr))]);
    let d = ps.length ? firstDiff(ps, ys) : 'CPython recorded no steps';
    if (d) { const ps2 = await pySteps(file); if (firstDiff(ps2, ps)) { counts.flaky++; console.log(`seed ${seed}: FLAKY steps under CPython`); save(seed, file, 'CPython steps nondeterministic'); return; } }
    if (d) why = `steps ${d}`;
  }
  if (why) { counts.fail++; console.log(`seed ${seed}: FAIL ${why}`); save(seed, file, why); } else counts.pass++;
}

function save(seed, file, why) {
  const base = files.length ? String(seed) : `seed_${seed}`;
  if (path.resolve(file) !== path.resolve(path.join(outDir, `${base}.py`))) fs.copyFileSync(file, path.join(outDir, `${base}.py`));
  fs.writeFileSync(path.join(outDir, `${base}.txt`), why + '\n');
}

const seeds = []; for (let s = first; s <= last; s++) seeds.push(s);
let next = 0;
await Promise.all(Array.from({ length: jobs }, async () => { while (next < seeds.length) await one(seeds[next++]); }));
fs.rmSync(work, { recursive: true, force: true });
console.log(`seeds ${first}..${last}: ${counts.pass} pass, ${counts.fail} fail, ${counts.flaky} flaky, ${counts.hang} hang`);
process.exitCode = counts.fail || counts.flaky || counts.hang ? 1 : 0;
