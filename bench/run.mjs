// npm run bench: Yieldpoint against CPython, in the same run, as time ratios (Yieldpoint / CPython).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(here, '..', 'dist', 'cli.js');
const python = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout.trim();
const runs = Number(process.env.BENCH_RUNS ?? 3);

function time(cmd, args, env = {}) {
  let best = Infinity, out = '';
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env } });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    out = r.stdout;
    best = Math.min(best, ms);
  }
  return { ms: best, out };
}
const geo = (xs) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);

const programs = readdirSync(path.join(here, 'programs')).filter((f) => f.endsWith('.py') && f !== 'hello.py').sort();
const plain = [], armed = [];
console.log(`${'program'.padEnd(16)} ${'cpython ms'.padStart(11)} ${'yieldpoint'.padStart(11)} ${'ratio'.padStart(7)} ${'armed'.padStart(11)} ${'ratio'.padStart(7)}`);
for (const p of programs) {
  const file = path.join(here, 'programs', p);
  const py = time(python, [file]);
  const yp = time(process.execPath, [cli, 'run', file]);
  const ya = time(process.execPath, [cli, 'run', file], { YIELDPOINT_ARM_ALL: '1' });
  if (yp.out !== py.out || ya.out !== py.out) throw new Error(`${p}: output differs from CPython`);
  plain.push(yp.ms / py.ms); armed.push(ya.ms / py.ms);
  console.log(`${p.padEnd(16)} ${py.ms.toFixed(0).padStart(11)} ${yp.ms.toFixed(0).padStart(11)} ${(yp.ms / py.ms).toFixed(2).padStart(7)} ${ya.ms.toFixed(0).padStart(11)} ${(ya.ms / py.ms).toFixed(2).padStart(7)}`);
}
console.log(`geometric mean ratio: ${geo(plain).toFixed(2)} (goal <= 1.0), armed debugger: ${geo(armed).toFixed(2)} (goal <= 1.5)`);
const hp = time(python, [path.join(here, 'programs', 'hello.py')]);
const hy = time(process.execPath, [cli, 'run', path.join(here, 'programs', 'hello.py')]);
console.log(`hello-world start-up: cpython ${hp.ms.toFixed(0)} ms, yieldpoint ${hy.ms.toFixed(0)} ms, ratio ${(hy.ms / hp.ms).toFixed(2)} (goal <= 1.5)`);

// The asyncio loop: speed-up over CPython (goal >= 3x) and peak memory of 100,000 idle tasks.
function peakRssMb(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8' });
  const lines = r.stderr.trim().split('\n');
  return Number(lines[lines.length - 1]) / 1024;
}
// Whole-process times, and the loop's own work: each time less its interpreter's asyncio start-up
// (bench/loop/startup.py: import asyncio, run an empty main; Node's start-up alone is longer than
// CPython's).
const startup = path.join(here, 'loop', 'startup.py');
const sp = time(python, [startup]), sy = time(process.execPath, [cli, 'run', startup]);
console.log(`\nasyncio start-up: cpython ${sp.ms.toFixed(0)} ms, yieldpoint ${sy.ms.toFixed(0)} ms`);
console.log(`${'asyncio loop'.padEnd(16)} ${'cpython ms'.padStart(11)} ${'yieldpoint'.padStart(11)} ${'speed-up'.padStart(9)} ${'net of start-up'.padStart(16)}`);
for (const p of ['switches.py', 'gather.py', 'queue.py', 'lock.py', 'timers.py']) {
  const file = path.join(here, 'loop', p);
  const py = time(python, [file]);
  const yp = time(process.execPath, [cli, 'run', file]);
  if (yp.out !== py.out) throw new Error(`${p}: output differs from CPython`);
  const net = (py.ms - sp.ms) / Math.max(1, yp.ms - sy.ms);
  console.log(`${p.padEnd(16)} ${py.ms.toFixed(0).padStart(11)} ${yp.ms.toFixed(0).padStart(11)} ${(py.ms / yp.ms).toFixed(2).padStart(8)}x ${net.toFixed(2).padStart(15)}x`);
}
const idle = path.join(here, 'loop', 'idle.py');
console.log(`100,000 idle tasks, peak RSS: cpython ${peakRssMb(python, [idle]).toFixed(0)} MB, yieldpoint ${peakRssMb(process.execPath, [cli, 'run', idle]).toFixed(0)} MB (goal <= 100 MB)`);
