// npm run bench:dap — the DAP server's costs, measured through the protocol: step round-trips,
// threads/stackTrace with many live tasks, stops per second through "Every yield", and the run time
// of a program with a never-hit breakpoint against no debugger. The same step and run measurements
// against debugpy when `python3 -m debugpy.adapter` is available.
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DAP = path.join(root, 'dist', 'dap.js');
const CLI = path.join(root, 'dist', 'cli.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'yp-bench-dap-'));
const write = (name, text) => { const p = path.join(dir, name); writeFileSync(p, text); return p; };

const STEP = write('step.py', `def main():
    i = 0
    while i < 10000000:
        i += 1
        i -= 0


main()
`);
const RUN_N = Number(process.env.RUN_N ?? 2000000);
const RUN = write('run.py', `def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


print(work(${RUN_N}))
if len("x") > 1:
    print("never")
`);
const RUN_NEVER_LINE = 10;
const tasksProgram = (n) => write(`tasks${n}.py`, `import asyncio


async def waiter(ev, i):
    await ev.wait()
    return i


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, i)) for i in range(${n})]
    await asyncio.sleep(0)
    marker = len(tasks)
    ev.set()
    await asyncio.gather(*tasks)


asyncio.run(main())
`);
const YIELDS = write('yields.py', `import asyncio


async def spinner(n):
    for _ in range(n):
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(*(spinner(1000) for _ in range(10)))


asyncio.run(main())
`);

const now = () => Number(process.hrtime.bigint()) / 1e6;
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };
const ms = (x) => `${x.toFixed(x < 10 ? 3 : 1)} ms`;
const kb = (n) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);
const rows = [];
const row = (what, yp, other = '') => { rows.push([what, yp, other]); console.error(`  ${what}: ${yp}${other ? ` | ${other}` : ''}`); };

/** initialize, launch (not awaited: debugpy answers launch after configurationDone), breakpoints, configurationDone. */
async function session(dc, launch, { breakpoints = {}, filters = [] } = {}) {
  await dc.initializeRequest({ adapterID: 'bench', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
  const initialized = dc.waitForEvent('initialized', 30000);
  const launched = dc.launchRequest(launch);
  await initialized;
  for (const [file, lines] of Object.entries(breakpoints)) await dc.setBreakpointsRequest({ source: { path: file }, breakpoints: lines.map((line) => ({ line })) });
  await dc.setExceptionBreakpointsRequest({ filters });
  return { launched };
}

async function stepBench(makeClient, launchExtra) {
  const dc = await makeClient();
  try {
    const stopped = dc.waitForEvent('stopped', 30000);
    const { launched } = await session(dc, { program: STEP, ...launchExtra }, { breakpoints: { [STEP]: [4] } });
    await dc.configurationDoneRequest();
    await launched;
    const ev = await stopped;
    const threadId = ev.body.threadId;
    await dc.setBreakpointsRequest({ source: { path: STEP }, breakpoints: [] });
    const times = [];
    for (let i = 0; i < 1000; i++) {
      const next = dc.waitForEvent('stopped', 30000);
      const t0 = now();
      await dc.nextRequest({ threadId });
      await next;
      times.push(now() - t0);
    }
    const ended = dc.waitForEvent('terminated', 30000);
    await dc.terminateRequest().catch(() => dc.disconnectRequest({}));
    await ended.catch(() => undefined);
    return times;
  } finally { await dc.stop().catch(() => undefined); }
}

async function runBench(makeClient, launchExtra) {
  const dc = await makeClient();
  try {
    const ended = dc.waitForEvent('terminated', 600000);
    const { launched } = await session(dc, { program: RUN, ...launchExtra }, { breakpoints: { [RUN]: [RUN_NEVER_LINE] } });
    const t0 = now();
    await dc.configurationDoneRequest();
    await launched;
    await ended;
    return now() - t0;
  } finally { await dc.stop().catch(() => undefined); }
}

function wall(cmd, args) {
  const t0 = now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return now() - t0;
}

async function tasksBench(n) {
  const file = tasksProgram(n);
  const dc = new DebugClient('node', DAP, 'yieldpoint');
  await dc.start();
  try {
    const stopped = dc.waitForEvent('stopped', 60000);
    const { launched } = await session(dc, { program: file }, { breakpoints: { [file]: [13] } });
    await dc.configurationDoneRequest();
    await launched;
    const ev = await stopped;
    const measure = async (fn) => {
      const times = [];
      let size = 0;
      for (let i = 0; i < 5; i++) { const t0 = now(); const r = await fn(); times.push(now() - t0); size = JSON.stringify(r).length; }
      return { t: pct(times, 50), size };
    };
    const th = await measure(() => dc.threadsRequest());
    const threads = (await dc.threadsRequest()).body.threads;
    const waiting = threads.find((t) => t.id !== ev.body.threadId && t.id !== 1);
    const stTop = await measure(() => dc.stackTraceRequest({ threadId: ev.body.threadId }));
    const stWait = await measure(() => dc.stackTraceRequest({ threadId: waiting.id }));
    row(`threads, ${n} live tasks (${threads.length - 1} listed)`, `${ms(th.t)}, ${kb(th.size)}`);
    row(`stackTrace of the stopped task, ${n} live tasks`, `${ms(stTop.t)}, ${kb(stTop.size)}`);
    row(`stackTrace of a waiting task, ${n} live tasks`, `${ms(stWait.t)}, ${kb(stWait.size)}`);
    const ended = dc.waitForEvent('terminated', 30000);
    await dc.terminateRequest();
    await ended;
  } finally { await dc.stop().catch(() => undefined); }
}

async function yieldBench() {
  const dc = new DebugClient('node', DAP, 'yieldpoint');
  await dc.start();
  try {
    let stops = 0;
    const { launched } = await session(dc, { program: YIELDS }, { filters: ['yield'] });
    dc.on('stopped', (e) => { stops++; void dc.continueRequest({ threadId: e.body.threadId }).catch(() => undefined); });
    const ended = dc.waitForEvent('terminated', 600000);
    const t0 = now();
    await dc.configurationDoneRequest();
    await launched;
    await ended;
    const t = now() - t0;
    row(`continue through "Every yield" stops (${stops} stops)`, `${Math.round(stops / (t / 1000))} stops/s (${ms(t)})`);
  } finally { await dc.stop().catch(() => undefined); }
}

function findDebugpy() {
  for (const py of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(py, ['-c', 'import debugpy.adapter'], { stdio: 'ignore' });
      const adapterDir = execFileSync(py, ['-c', 'import os, debugpy.adapter; print(os.path.dirname(debugpy.adapter.__file__))'], { encoding: 'utf8' }).trim();
      return { python: execFileSync(py, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim(), adapterDir };
    } catch { /* next */ }
  }
  return null;
}

const yp = async () => { const dc = new DebugClient('node', DAP, 'yieldpoint'); await dc.start(); return dc; };

console.error('Yieldpoint DAP benchmarks');
const ypSteps = await stepBench(yp, {});
const dpy = findDebugpy();
let dpySteps = null;
if (dpy) {
  // The adapter directory has a __main__.py: `python DIR` is `python -m debugpy.adapter`.
  const mk = async () => { const dc = new DebugClient(dpy.python, dpy.adapterDir, 'python'); await dc.start(); return dc; };
  try { dpySteps = await stepBench(mk, { python: [dpy.python], console: 'internalConsole', justMyCode: true }); } catch (e) { console.error(`debugpy step bench failed: ${e.message}`); }
  row('step round-trip (next -> stopped), 1000 steps: p50', ms(pct(ypSteps, 50)), dpySteps ? `debugpy ${ms(pct(dpySteps, 50))}` : '');
  row('step round-trip (next -> stopped), 1000 steps: p99', ms(pct(ypSteps, 99)), dpySteps ? `debugpy ${ms(pct(dpySteps, 99))}` : '');
} else {
  console.error('debugpy is unavailable (python3 -m debugpy.adapter not found; try apt-get install -y python3-debugpy)');
  row('step round-trip (next -> stopped), 1000 steps: p50', ms(pct(ypSteps, 50)));
  row('step round-trip (next -> stopped), 1000 steps: p99', ms(pct(ypSteps, 99)));
}
await tasksBench(1000);
await tasksBench(10000);
await yieldBench();

const ypPlain = wall(process.execPath, [CLI, 'run', RUN]);
const ypBp = await runBench(yp, {});
row(`run.py (${RUN_N} loop iterations): no debugger`, ms(ypPlain), dpy ? `python3 ${ms(wall(dpy.python, [RUN]))}` : '');
let dpyRun = '';
if (dpy) {
  const mk = async () => { const dc = new DebugClient(dpy.python, dpy.adapterDir, 'python'); await dc.start(); return dc; };
  try { dpyRun = `debugpy ${ms(await runBench(mk, { python: [dpy.python], console: 'internalConsole', justMyCode: true }))}`; } catch (e) { dpyRun = `debugpy failed: ${e.message}`; }
}
row('run.py with a never-hit breakpoint', `${ms(ypBp)} (x${(ypBp / ypPlain).toFixed(2)})`, dpyRun);

const w0 = Math.max(...rows.map((r) => r[0].length), 10);
const w1 = Math.max(...rows.map((r) => r[1].length), 10);
console.log(`\n${'measurement'.padEnd(w0)}  ${'Yieldpoint'.padEnd(w1)}  reference`);
console.log(`${'-'.repeat(w0)}  ${'-'.repeat(w1)}  ${'-'.repeat(20)}`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
if (!dpy) console.log('\ndebugpy is unavailable: the reference column is empty.');
