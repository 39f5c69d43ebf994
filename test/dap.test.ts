// The DAP server driven through the real protocol (@vscode/debugadapter-testsupport's DebugClient).
import * as assert from 'node:assert';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { DebugProtocol } from '@vscode/debugprotocol';
import { cpythonSteps } from './support/steps';

const root = path.resolve(__dirname, '..');
const DAP = path.join(root, 'dist', 'dap.js');
const prog = (name: string) => path.join(root, 'test', 'dap', name);

describe('DAP server', function () {
  this.timeout(30000);
  let dc: DebugClient;
  beforeEach(async () => {
    dc = new DebugClient('node', DAP, 'yieldpoint');
    await dc.start();
  });
  afterEach(async () => { await dc.stop(); });

  it('answers initialize with the pause filters, "Uncaught exceptions" on by default', async () => {
    const r = await dc.initializeRequest();
    const filters = r.body!.exceptionBreakpointFilters!;
    assert.deepStrictEqual(filters.map((f) => f.filter), ['yield', 'resume', 'taskCreated', 'taskDone', 'raised', 'uncaught']);
    assert.strictEqual(filters.find((f) => f.filter === 'uncaught')!.default, true);
  });

  it('refuses to launch a program that does not exist', async () => {
    await dc.initializeRequest();
    await assert.rejects(dc.launch({ program: prog('missing.py') }), /does not exist/);
  });

  it('stops at a breakpoint inside a task, with tasks as threads, its stack and locals', async () => {
    const file = prog('workers.py');
    await dc.hitBreakpoint({ program: file }, { path: file, line: 7 });
    const threads = (await dc.threadsRequest()).body.threads;
    const names = threads.map((t) => t.name);
    assert.ok(names.some((n) => n.startsWith('alpha worker(\'A\', 0.2)')), names.join(' | '));
    assert.ok(names.some((n) => n.startsWith('beta worker(\'B\', 0.1)')), names.join(' | '));
    const alpha = threads.find((t) => t.name.startsWith('alpha'))!;
    assert.strictEqual(threads[0].id, alpha.id, 'the stopped task is listed first');
    const stack = (await dc.stackTraceRequest({ threadId: alpha.id })).body.stackFrames;
    assert.strictEqual(stack[0].name, 'worker');
    assert.strictEqual(stack[0].line, 7);
    const scopes = (await dc.scopesRequest({ frameId: stack[0].id })).body.scopes;
    assert.deepStrictEqual(scopes.map((s) => s.name), ['Locals', 'Globals', 'Task', 'Event Loop']);
    const locals = (await dc.variablesRequest({ variablesReference: scopes[0].variablesReference })).body.variables;
    assert.strictEqual(locals.find((v) => v.name === 'name')!.value, "'A'");
    assert.strictEqual(locals.find((v) => v.name === 'delay')!.value, '0.2');
    const ev = await dc.evaluateRequest({ expression: 'name * 2 + str(delay)', frameId: stack[0].id, context: 'watch' });
    assert.strictEqual(ev.body.result, "'AA0.2'");
    const task = (await dc.variablesRequest({ variablesReference: scopes[2].variablesReference })).body.variables;
    assert.strictEqual(task.find((v) => v.name === 'name')!.value, 'alpha');
  });

  it('pauses on every yield in the order CPython suspends tasks', async () => {
    const file = prog('workers.py');
    const expected = (await cpythonSteps(path.relative(root, file))).filter((s) => s.yieldLine !== null);
    await dc.initializeRequest();
    await dc.setExceptionBreakpointsRequest({ filters: ['yield'] });
    await dc.launch({ program: file });
    const seen: Array<{ task: string; line: number }> = [];
    let next = nextStopOrEnd(dc);
    await dc.configurationDoneRequest();
    for (;;) {
      const ev = await next;
      if (ev.event === 'terminated') break;
      const body = (ev as DebugProtocol.StoppedEvent).body;
      assert.strictEqual(body.allThreadsStopped, true);
      assert.match(body.description!, /^Paused on yield: /);
      const threads = (await dc.threadsRequest()).body.threads;
      const t = threads.find((x) => x.id === body.threadId!)!;
      const frames = (await dc.stackTraceRequest({ threadId: body.threadId! })).body.stackFrames.filter((f) => f.source?.path === file);
      seen.push({ task: t.name.split(' ')[0], line: frames[0].line });
      next = nextStopOrEnd(dc);
      await dc.continueRequest({ threadId: body.threadId! });
    }
    assert.deepStrictEqual(seen, expected.map((s) => ({ task: s.task, line: s.yieldLine })));
  });

  it('steps over within the current task', async () => {
    const file = prog('workers.py');
    await dc.hitBreakpoint({ program: file }, { path: file, line: 6 });
    for (const line of [7, 8, 6]) {
      const threadId = await firstStoppedThread();
      const [ev] = await Promise.all([dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>, dc.nextRequest({ threadId })]);
      const frames = (await dc.stackTraceRequest({ threadId: ev.body.threadId! })).body.stackFrames;
      assert.strictEqual(frames[0].line, line);
    }
  });

  it('pauses a runaway loop and terminates it within a second', async () => {
    await dc.initializeRequest();
    await dc.launch({ program: prog('spin.py') });
    await dc.configurationDoneRequest();
    await new Promise((r) => setTimeout(r, 200));
    const [ev] = await Promise.all([dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>, dc.pauseRequest({ threadId: 1 })]);
    assert.strictEqual(ev.body.reason, 'pause');
    const frames = (await dc.stackTraceRequest({ threadId: ev.body.threadId! })).body.stackFrames;
    assert.ok(frames[0].line === 2 || frames[0].line === 3);
    const t0 = Date.now();
    await Promise.all([dc.terminateRequest(), dc.waitForEvent('terminated')]);
    assert.ok(Date.now() - t0 < 1000, `terminate took ${Date.now() - t0} ms`);
  });

  it('stops on an uncaught exception, explains it, and reports the exit code', async () => {
    await dc.initializeRequest();
    await dc.launch({ program: prog('fails.py') });
    const output = dc.waitForEvent('output');
    const stopped = dc.waitForEvent('stopped');
    await dc.configurationDoneRequest();
    const out = await output as DebugProtocol.OutputEvent;
    assert.strictEqual(out.body.output, 'before\n');
    assert.strictEqual(out.body.line, 5);
    const ev = await stopped as DebugProtocol.StoppedEvent;
    assert.strictEqual(ev.body.reason, 'exception');
    const info = await dc.exceptionInfoRequest({ threadId: ev.body.threadId! });
    assert.strictEqual(info.body.exceptionId, 'ZeroDivisionError');
    assert.match(info.body.details!.stackTrace!, /line 2, in divide/);
    const exited = dc.waitForEvent('exited');
    await dc.continueRequest({ threadId: ev.body.threadId! });
    assert.strictEqual(((await exited) as DebugProtocol.ExitedEvent).body.exitCode, 1);
  });

  it('answers a malformed request with an error', async () => {
    await dc.initializeRequest();
    await assert.rejects(dc.customRequest('stackTrace', { threadId: 99 }));
    await assert.rejects(dc.customRequest('noSuchCommand', {}));
  });

  async function firstStoppedThread(): Promise<number> {
    if (lastStopped !== undefined) return lastStopped;
    return (await dc.threadsRequest()).body.threads[0].id;
  }
  let lastStopped: number | undefined;
  beforeEach(() => {
    lastStopped = undefined;
    dc.on('stopped', (e: DebugProtocol.StoppedEvent) => { lastStopped = e.body.threadId!; });
  });
});

// ---------------------------------------------------------------------------------------------
// Helpers for the feature suites below: every wait is registered before the request that causes it.
type Stopped = DebugProtocol.StoppedEvent;

async function startSession(dc: DebugClient, launch: Record<string, unknown>, opts: {
  breakpoints?: Record<string, DebugProtocol.SourceBreakpoint[]>; filters?: string[]; filterOptions?: DebugProtocol.ExceptionFilterOptions[];
  functionBreakpoints?: string[];
} = {}): Promise<void> {
  await dc.initializeRequest();
  await dc.launch(launch);
  for (const [file, bps] of Object.entries(opts.breakpoints ?? {})) await dc.setBreakpointsRequest({ source: { path: file }, breakpoints: bps });
  if (opts.functionBreakpoints) await dc.setFunctionBreakpointsRequest({ breakpoints: opts.functionBreakpoints.map((name) => ({ name })) });
  if (opts.filters || opts.filterOptions) await dc.setExceptionBreakpointsRequest({ filters: opts.filters ?? [], filterOptions: opts.filterOptions });
}

/** Starts the program and collects every stop (continuing after each) until it terminates. */
async function collectStops(dc: DebugClient, onStop?: (ev: Stopped) => Promise<void>): Promise<Stopped[]> {
  const stops: Stopped[] = [];
  let next = nextStopOrEnd(dc);
  await dc.configurationDoneRequest();
  for (;;) {
    const ev = await next;
    if (ev.event === 'terminated') return stops;
    const st = ev as Stopped;
    stops.push(st);
    if (onStop) await onStop(st);
    next = nextStopOrEnd(dc);
    await dc.continueRequest({ threadId: st.body.threadId! });
  }
}
function nextStopOrEnd(dc: DebugClient): Promise<DebugProtocol.Event> {
  return Promise.race([dc.waitForEvent('stopped', 30000), dc.waitForEvent('terminated', 30000)]);
}
async function topFrame(dc: DebugClient, threadId: number): Promise<DebugProtocol.StackFrame> {
  return (await dc.stackTraceRequest({ threadId })).body.stackFrames[0];
}
async function threadName(dc: DebugClient, threadId: number): Promise<string> {
  const t = (await dc.threadsRequest()).body.threads.find((x) => x.id === threadId);
  return t ? t.name.split(' ')[0] : '?';
}
/** Collects output events (text by category) from now on. */
function captureOutput(dc: DebugClient): { text: (category?: string) => string } {
  const chunks: Array<{ category: string; output: string }> = [];
  dc.on('output', (e: DebugProtocol.OutputEvent) => chunks.push({ category: e.body.category ?? 'console', output: e.body.output }));
  return { text: (category) => chunks.filter((c) => !category || c.category === category).map((c) => c.output).join('') };
}
/** Resolves when the adapter tells that the program waits for input. */
function waitingForInput(dc: DebugClient): Promise<void> {
  return new Promise((resolve) => dc.on('output', (e: DebugProtocol.OutputEvent) => { if (e.body.category === 'console' && /waiting for input/.test(e.body.output)) resolve(); }));
}
const JS_STACK = /\n\s+at .*(\.js|\.ts):\d+|node:internal|Error: .*\n\s+at /;

describe('DAP server: changing values and the REPL', function () {
  this.timeout(30000);
  let dc: DebugClient;
  beforeEach(async () => { dc = new DebugClient('node', DAP, 'yieldpoint'); await dc.start(); });
  afterEach(async () => { await dc.stop(); });

  async function stopInCompute(): Promise<{ threadId: number; frameId: number; locals: number }> {
    const file = prog('locals.py');
    await startSession(dc, { program: file }, { breakpoints: { [file]: [{ line: 5 }] } });
    const stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.configurationDoneRequest();
    const ev = await stopped;
    const frame = await topFrame(dc, ev.body.threadId!);
    assert.strictEqual(frame.line, 5);
    const scopes = (await dc.scopesRequest({ frameId: frame.id })).body.scopes;
    return { threadId: ev.body.threadId!, frameId: frame.id, locals: scopes.find((s) => s.name === 'Locals')!.variablesReference };
  }

  it('setVariable writes a local of the stopped frame and the program continues with it', async () => {
    const { threadId, locals } = await stopInCompute();
    const r = await dc.setVariableRequest({ variablesReference: locals, name: 'total', value: '10 * 10' });
    assert.strictEqual(r.body.value, '100');
    const vars = (await dc.variablesRequest({ variablesReference: locals })).body.variables;
    assert.strictEqual(vars.find((v) => v.name === 'total')!.value, '100');
    const out = captureOutput(dc);
    const ended = dc.waitForEvent('terminated');
    await dc.continueRequest({ threadId });
    await ended;
    assert.strictEqual(out.text('stdout'), "(101, 'hello')\n");
  });

  it('setVariable writes a local of another task suspended at an await, and refuses a frame in the middle of a call', async () => {
    const file = prog('suspended_locals.py');
    await startSession(dc, { program: file }, { breakpoints: { [file]: [{ line: 11 }] } });
    const stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.configurationDoneRequest();
    const ev = await stopped;
    const localsOf = async (frame: DebugProtocol.StackFrame) => (await dc.scopesRequest({ frameId: frame.id })).body.scopes.find((s) => s.name === 'Locals')!.variablesReference;
    // main() is in the middle of its call to helper(): its locals cannot be written back.
    const own = (await dc.stackTraceRequest({ threadId: ev.body.threadId! })).body.stackFrames;
    assert.deepStrictEqual(own.map((f) => f.name), ['helper', 'main']);
    await assert.rejects(dc.setVariableRequest({ variablesReference: await localsOf(own[1]), name: 'total', value: '1' }), /middle of a call/);
    // Task-2 waits at `await asyncio.sleep(1)`: its local is written back when it resumes.
    const other = (await dc.threadsRequest()).body.threads.find((t) => t.name.startsWith('Task-2 '))!;
    const frames = (await dc.stackTraceRequest({ threadId: other.id })).body.stackFrames;
    const waiter = frames.find((f) => f.name === 'waiter')!;
    assert.strictEqual(waiter.line, 6);
    const r = await dc.setVariableRequest({ variablesReference: await localsOf(waiter), name: 'count', value: '40 + 2' });
    assert.strictEqual(r.body.value, '42');
    const out = captureOutput(dc);
    const ended = dc.waitForEvent('terminated');
    await dc.continueRequest({ threadId: ev.body.threadId! });
    await ended;
    assert.strictEqual(out.text('stdout'), 'w 42\nmain 10\n');
  });

  it('shows, evaluates and sets the variables a nested function reads from its enclosing one', async () => {
    const file = prog('closure.py');
    await startSession(dc, { program: file }, { breakpoints: { [file]: [{ line: 10 }] } });
    const stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.configurationDoneRequest();
    const ev = await stopped;
    const frame = await topFrame(dc, ev.body.threadId!);
    assert.strictEqual(frame.name, 'main.<locals>.worker');
    const locals = (await dc.scopesRequest({ frameId: frame.id })).body.scopes.find((s) => s.name === 'Locals')!.variablesReference;
    const vars = (await dc.variablesRequest({ variablesReference: locals })).body.variables;
    assert.deepStrictEqual(vars.map((v) => `${v.name}=${v.value}`), ['n=1', 'factor=3', 'results=[]']);
    assert.strictEqual((await dc.evaluateRequest({ expression: 'factor * 10', frameId: frame.id, context: 'hover' })).body.result, '30');
    await dc.setVariableRequest({ variablesReference: locals, name: 'factor', value: '5' });
    await dc.setBreakpointsRequest({ source: { path: file }, breakpoints: [] });
    const out = captureOutput(dc);
    const ended = dc.waitForEvent('terminated');
    await dc.continueRequest({ threadId: ev.body.threadId! });
    await ended;
    assert.strictEqual(out.text('stdout'), '[5, 10]\n');
  });

  it('setVariable refuses unknown names and bad values with an error', async () => {
    const { locals } = await stopInCompute();
    await assert.rejects(dc.setVariableRequest({ variablesReference: locals, name: 'nope', value: '1' }), /not a local variable/);
    await assert.rejects(dc.setVariableRequest({ variablesReference: locals, name: 'total', value: 'undefined_name' }), /NameError/);
    await assert.rejects(dc.setVariableRequest({ variablesReference: 999, name: 'total', value: '1' }), /unknown variables reference/);
  });

  it('setExpression assigns a simple name and refuses anything else', async () => {
    const { threadId, frameId } = await stopInCompute();
    const r = await dc.customRequest('setExpression', { expression: 'extra', value: '10', frameId });
    assert.strictEqual(r.body.value, '10');
    await assert.rejects(dc.customRequest('setExpression', { expression: 'extra + 1', value: '10', frameId }), /Only a name, an attribute or an item can be assigned/);
    const out = captureOutput(dc);
    const ended = dc.waitForEvent('terminated');
    await dc.continueRequest({ threadId });
    await ended;
    assert.strictEqual(out.text('stdout'), "(20, 'hello')\n");
  });

  it('completes names in scope and attributes after a dot', async () => {
    const { frameId } = await stopInCompute();
    const labels = async (text: string) => (await dc.customRequest('completions', { text, column: text.length + 1, frameId })).body.targets.map((t: DebugProtocol.CompletionItem) => t.label);
    assert.ok((await labels('to')).includes('total'));
    assert.ok((await labels('pri')).includes('print'));
    assert.ok((await labels('comp')).includes('compute'));
    const attrs = await labels('word.up');
    assert.deepStrictEqual(attrs, ['upper']);
    const all = await labels('word.');
    assert.ok(all.includes('split') && !all.some((a: string) => a.startsWith('_')));
    const target = (await dc.customRequest('completions', { text: 'x = word.st', column: 12, frameId })).body.targets[0];
    assert.strictEqual(target.label, 'startswith');
    assert.strictEqual(target.start, 9);
    assert.strictEqual(target.length, 2);
  });
});

describe('DAP server: launch attributes, restart and terminate', function () {
  this.timeout(30000);
  let dc: DebugClient;
  beforeEach(async () => { dc = new DebugClient('node', DAP, 'yieldpoint'); await dc.start(); });
  afterEach(async () => { await dc.stop(); });

  it('gives the program what is typed in the Debug Console as its stdin, and can pause it while it waits', async () => {
    await startSession(dc, { program: prog('reads_input.py') });
    const out = captureOutput(dc);
    const asked = waitingForInput(dc);
    const exited = dc.waitForEvent('exited') as Promise<DebugProtocol.ExitedEvent>;
    await dc.configurationDoneRequest();
    await asked;
    const [ev] = await Promise.all([dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>, dc.pauseRequest({ threadId: 1 })]);
    assert.match(ev.body.description ?? '', /waits for input/);
    const frames = (await dc.stackTraceRequest({ threadId: ev.body.threadId! })).body.stackFrames;
    assert.deepStrictEqual([frames[0].name, frames[0].line], ['ask', 6]);
    // Paused, the Debug Console evaluates; running, it types input.
    assert.strictEqual((await dc.evaluateRequest({ expression: '6 * 7', context: 'repl', frameId: frames[0].id })).body.result, '42');
    await dc.continueRequest({ threadId: 1 });
    await dc.evaluateRequest({ expression: 'Ada', context: 'repl' });
    await dc.evaluateRequest({ expression: 'second line', context: 'repl' });
    assert.strictEqual((await exited).body.exitCode, 0);
    assert.strictEqual(out.text('stdout'), "Your name? hello Ada, then 'second line\\n'\n");
  });

  it('keeps up with a program that prints without end: output flows, and Terminate ends it within a second', async () => {
    await startSession(dc, { program: prog('print_flood.py') });
    const counts: number[] = [];
    let n = 0;
    dc.on('output', (e: DebugProtocol.OutputEvent) => { if (e.body.category === 'stdout') n++; });
    await dc.configurationDoneRequest();
    for (let i = 0; i < 3; i++) { await new Promise((r) => setTimeout(r, 500)); counts.push(n); }
    assert.ok(counts[2] > counts[1] && counts[1] > counts[0] && counts[0] > 0, `output events after 0.5, 1, 1.5 s: ${counts}`);
    const t0 = Date.now();
    await Promise.all([dc.terminateRequest(), dc.waitForEvent('terminated')]);
    assert.ok(Date.now() - t0 < 1000, `terminate took ${Date.now() - t0} ms`);
  });

  it('Terminate Thread on a task cancels it, as task.cancel() does; the main thread and unknown ids are refused', async () => {
    const file = prog('cancel_from_debugger.py');
    await startSession(dc, { program: file }, { breakpoints: { [file]: [{ line: 16 }] } });
    const out = captureOutput(dc);
    const [ev] = await Promise.all([dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>, dc.configurationDoneRequest()]);
    const threads = (await dc.threadsRequest()).body.threads;
    const w1 = threads.find((t) => t.name.startsWith('worker-1'))!;
    await assert.rejects(dc.customRequest('terminateThreads', { threadIds: [1] }), /main thread runs the event loop/);
    await assert.rejects(dc.customRequest('terminateThreads', { threadIds: [9999] }), /not a live task/);
    await dc.customRequest('terminateThreads', { threadIds: [w1.id] });
    assert.match(out.text('console'), /Cancelled worker-1/);
    const exited = dc.waitForEvent('exited') as Promise<DebugProtocol.ExitedEvent>;
    await dc.continueRequest({ threadId: ev.body.threadId! });
    assert.strictEqual((await exited).body.exitCode, 0);
    assert.strictEqual(out.text('stdout'), "both waiting\nworker 1 cancelled: ('cancelled from the debugger',)\n['int', 'CancelledError']\n");
  });

  it('shows work handed to another thread (to_thread) as a thread of its own, and steps in it', async () => {
    const file = prog('to_thread.py');
    await startSession(dc, { program: file }, { breakpoints: { [file]: [{ line: 7 }] } });
    const out = captureOutput(dc);
    const [ev] = await Promise.all([dc.waitForEvent('stopped') as Promise<Stopped>, dc.configurationDoneRequest()]);
    const threads = (await dc.threadsRequest()).body.threads;
    assert.strictEqual(threads[0].name, 'asyncio_0 blocking(4) · running (thread)', threads.map((t) => t.name).join(' | '));
    assert.strictEqual(ev.body.threadId, threads[0].id, 'the stop is in the worker thread');
    assert.ok(threads.some((t) => t.name === 'Task-1 main() · waiting: run_in_executor blocking(4)'), threads.map((t) => t.name).join(' | '));
    const names = async (id: number) => (await dc.stackTraceRequest({ threadId: id })).body.stackFrames.filter((f) => f.line > 0).map((f) => `${f.name}:${f.line}`);
    assert.deepStrictEqual(await names(threads[0].id), ['blocking:7']);
    assert.deepStrictEqual(await names(threads.find((t) => t.name.startsWith('Task-1'))!.id), ['main:21']);
    assert.deepStrictEqual(await names(1), ['<module>:26'], 'the main thread runs the loop, not the work');
    await assert.rejects(dc.customRequest('terminateThreads', { threadIds: [threads[0].id] }), /is a thread, not a task/);
    const loop = (await dc.customRequest('yieldpoint/loop', { start: 0, count: 10, filter: '' })).body;
    assert.deepStrictEqual(loop.threads.map((t: { name: string; coro: string; state: string; line: number }) => [t.name, t.coro, t.state, t.line]), [['asyncio_0', 'blocking(4)', 'running', 7]]);
    assert.strictEqual(loop.time, 0);
    assert.deepStrictEqual(loop.ready.map((r: { task?: { name: string } }) => r.task?.name), ['Task-2'], 'the loop that waits for the thread is shown');
    // Step Over stays in the thread while its loop runs; past its last line the step stops where the program goes on.
    let stop = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.nextRequest({ threadId: threads[0].id });
    let s = await stop;
    assert.strictEqual(s.body.threadId, threads[0].id);
    assert.strictEqual((await topFrame(dc, s.body.threadId!)).line, 8);
    await dc.setBreakpointsRequest({ source: { path: file }, breakpoints: [] });
    stop = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.stepOutRequest({ threadId: threads[0].id });
    s = await stop;
    assert.match(s.body.description!, /^Stepped into Task-2: asyncio_0 finished$/);
    assert.strictEqual((await topFrame(dc, s.body.threadId!)).line, 14);
    const exited = dc.waitForEvent('exited') as Promise<DebugProtocol.ExitedEvent>;
    await dc.continueRequest({ threadId: s.body.threadId! });
    assert.strictEqual((await exited).body.exitCode, 0);
    assert.strictEqual(out.text('stdout'), 'tick 0\ntick 1\ntick 2\nresult 6\n');
  });

  it('passes args, resolves the program against cwd', async () => {
    await startSession(dc, { program: 'argv.py', cwd: path.join(root, 'test', 'dap'), args: ['a', 'b c'] });
    const out = captureOutput(dc);
    const exited = dc.waitForEvent('exited') as Promise<DebugProtocol.ExitedEvent>;
    await dc.configurationDoneRequest();
    assert.strictEqual((await exited).body.exitCode, 0);
    assert.strictEqual(out.text('stdout'), "['a', 'b c']\n");
  });

  it('stopOnEntry stops with reason entry at the first statement', async () => {
    await startSession(dc, { program: prog('locals.py'), stopOnEntry: true });
    const stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.configurationDoneRequest();
    const ev = await stopped;
    assert.strictEqual(ev.body.reason, 'entry');
    assert.strictEqual((await topFrame(dc, ev.body.threadId!)).line, 1);
  });

  it('clock: virtual by default, realtime on request', async () => {
    for (const [clock, expected] of [[undefined, 'True True\n'], ['realtime', 'True False\n']] as const) {
      const d = new DebugClient('node', DAP, 'yieldpoint');
      await d.start();
      try {
        await startSession(d, { program: prog('clock.py'), clock });
        const out = captureOutput(d);
        const ended = d.waitForEvent('terminated');
        await d.configurationDoneRequest();
        await ended;
        assert.strictEqual(out.text('stdout'), expected, `clock ${clock}`);
      } finally { await d.stop(); }
    }
  });

  it('pauseOn turns filters on for the session, on top of the client\'s toggles', async () => {
    await startSession(dc, { program: prog('queue_order.py'), pauseOn: ['taskCreated'] }, { filters: [] });
    const stops = await collectStops(dc);
    // The program's 8 tasks, then the 2 that asyncio.run's shutdown creates (as in CPython).
    assert.strictEqual(stops.length, 10);
    assert.ok(stops.every((s) => s.body.reason === 'taskCreated'));
  });

  it('refuses bad launch attributes', async () => {
    await dc.initializeRequest();
    await assert.rejects(dc.launch({ program: prog('locals.py'), clock: 'sundial' }), /'clock' must be/);
    await assert.rejects(dc.launch({ program: prog('locals.py'), pauseOn: ['sometimes'] }), /unknown pause filter 'sometimes'/);
    await assert.rejects(dc.launch({ program: prog('locals.py'), maxThreads: 0 }), /maxThreads/);
    await assert.rejects(dc.launch({ program: prog('locals.py'), args: 'x' }), /'args'/);
  });

  it('restart ends the worker and starts the program again with the same arguments', async () => {
    await startSession(dc, { program: prog('locals.py'), stopOnEntry: true });
    let stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.configurationDoneRequest();
    const first = await stopped;
    // Step once so the restart has something to undo.
    stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.nextRequest({ threadId: first.body.threadId! });
    assert.strictEqual((await topFrame(dc, (await stopped).body.threadId!)).line, 9);
    let terminated = false;
    dc.once('terminated', () => { terminated = true; });
    stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.customRequest('restart', {});
    const again = await stopped;
    assert.strictEqual(again.body.reason, 'entry');
    assert.strictEqual((await topFrame(dc, again.body.threadId!)).line, 1);
    assert.strictEqual(terminated, false, 'a restart does not end the session');
    const out = captureOutput(dc);
    const exited = dc.waitForEvent('exited') as Promise<DebugProtocol.ExitedEvent>;
    await dc.continueRequest({ threadId: again.body.threadId! });
    assert.strictEqual((await exited).body.exitCode, 0);
    assert.strictEqual(out.text('stdout'), "(11, 'hello')\n");
  });

  it('terminate ends a paused program within a second', async () => {
    await startSession(dc, { program: prog('locals.py'), stopOnEntry: true });
    const stopped = dc.waitForEvent('stopped');
    await dc.configurationDoneRequest();
    await stopped;
    const t0 = Date.now();
    await Promise.all([dc.waitForEvent('terminated'), dc.terminateRequest()]);
    assert.ok(Date.now() - t0 < 1000, `terminate took ${Date.now() - t0} ms`);
  });

  it('disconnect ends `while True: pass` within a second', async () => {
    await startSession(dc, { program: prog('spin_forever.py') });
    await dc.configurationDoneRequest();
    await new Promise((r) => setTimeout(r, 100));
    const t0 = Date.now();
    await Promise.all([dc.waitForEvent('terminated'), dc.disconnectRequest({})]);
    assert.ok(Date.now() - t0 < 1000, `disconnect took ${Date.now() - t0} ms`);
  });

  it('restart while running ends the runaway worker and starts over', async () => {
    await startSession(dc, { program: prog('spin_forever.py') });
    await dc.configurationDoneRequest();
    await dc.customRequest('restart', {});
    const stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.pauseRequest({ threadId: 1 });
    assert.strictEqual((await stopped).body.reason, 'pause');
  });
});

describe('DAP server: tasks as threads and stacks', function () {
  this.timeout(30000);
  let dc: DebugClient;
  beforeEach(async () => { dc = new DebugClient('node', DAP, 'yieldpoint'); await dc.start(); });
  afterEach(async () => { await dc.stop(); });
  const file = prog('queue_order.py');

  async function stopAtMarker(launch: Record<string, unknown> = {}): Promise<Stopped> {
    await startSession(dc, { program: file, ...launch }, { breakpoints: { [file]: [{ line: 21 }] } });
    const stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.configurationDoneRequest();
    return stopped;
  }

  it('lists the stopped task, then the ready queue in the loop\'s order, then waiting tasks', async () => {
    await stopAtMarker();
    const threads = (await dc.threadsRequest()).body.threads.filter((t) => t.id !== 1);
    assert.deepStrictEqual(threads.map((t) => t.name.split(' ')[0]), ['Task-1', 'c4', 'c3', 'c2', 'c1', 'c0', 'sleepy']);
    assert.match(threads[1].name, /· ready$/);
    assert.match(threads[6].name, /· waiting: sleep 10/);
  });

  it('shows tasks waiting in Event.wait, Lock, Queue.get and Semaphore at their await, with what they wait for', async () => {
    const file = prog('primitive_waits.py');
    await startSession(dc, { program: file }, { breakpoints: { [file]: [{ line: 28 }] } });
    const stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.configurationDoneRequest();
    await stopped;
    const threads = (await dc.threadsRequest()).body.threads.filter((t) => t.id !== 1);
    const waits = Object.fromEntries(threads.map((t) => [t.name.split(' ')[0], t.name.replace(/^.*· /, '')]));
    assert.deepStrictEqual(waits, { 'Task-1': waits['Task-1'], e: 'waiting: Event.wait', l: 'waiting: Lock', q: 'waiting: Queue.get', s: 'waiting: Semaphore' });
    // A library frame (shown subtle, without source) above the program's frame at its await.
    const stacks: Record<string, [string, number, string | undefined][]> = {};
    for (const t of threads.slice(1)) {
      const frames = (await dc.stackTraceRequest({ threadId: t.id })).body.stackFrames;
      stacks[t.name.split(' ')[0]] = frames.map((f) => [f.name, f.presentationHint === 'subtle' ? 0 : f.line, f.source?.name]);
    }
    assert.deepStrictEqual(stacks, {
      e: [['Event.wait', 0, undefined], ['on_event', 5, 'primitive_waits.py']],
      l: [['_ContextManagerMixin.__aenter__', 0, undefined], ['on_lock', 9, 'primitive_waits.py']],
      q: [['Queue.get', 0, undefined], ['on_queue', 14, 'primitive_waits.py']],
      s: [['Semaphore.acquire', 0, undefined], ['on_semaphore', 18, 'primitive_waits.py']],
    });
  });

  it('maxThreads limits the tasks listed', async () => {
    await stopAtMarker({ maxThreads: 3 });
    const threads = (await dc.threadsRequest()).body.threads.filter((t) => t.id !== 1);
    assert.deepStrictEqual(threads.map((t) => t.name.split(' ')[0]), ['Task-1', 'c4', 'c3']);
  });

  it('shows who awaits a task as a label frame, and pages the stack', async () => {
    await startSession(dc, { program: file }, { breakpoints: { [file]: [{ line: 6, condition: 'i == 7' }] } });
    const stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.configurationDoneRequest();
    const ev = await stopped;
    assert.strictEqual(await threadName(dc, ev.body.threadId!), 'awaited');
    const full = (await dc.stackTraceRequest({ threadId: ev.body.threadId! })).body;
    const label = full.stackFrames[full.stackFrames.length - 1];
    assert.strictEqual(label.name, 'awaited by Task-1 main() — line 25');
    assert.strictEqual(label.presentationHint, 'label');
    // Frame ids are unique, the label's too; it has no scopes.
    assert.strictEqual(new Set(full.stackFrames.map((f) => f.id)).size, full.stackFrames.length);
    assert.ok(label.id > 0);
    assert.deepStrictEqual((await dc.scopesRequest({ frameId: label.id })).body.scopes, []);
    assert.strictEqual(full.stackFrames[0].name, 'child');
    const page = (await dc.stackTraceRequest({ threadId: ev.body.threadId!, startFrame: 1, levels: 1 })).body;
    assert.strictEqual(page.totalFrames, full.stackFrames.length);
    assert.deepStrictEqual(page.stackFrames.map((f) => f.name), [full.stackFrames[1].name]);
  });

  it('answers breakpointLocations with the lines that have statements', async () => {
    await dc.initializeRequest();
    const r = await dc.customRequest('breakpointLocations', { source: { path: file }, line: 1, endLine: 8 });
    assert.deepStrictEqual(r.body.breakpoints.map((b: { line: number }) => b.line), [1, 4, 5, 6]);
  });
});

describe('DAP server: breakpoints and pause filters', function () {
  this.timeout(30000);
  let dc: DebugClient;
  beforeEach(async () => { dc = new DebugClient('node', DAP, 'yieldpoint'); await dc.start(); });
  afterEach(async () => { await dc.stop(); });
  const loop = prog('loop10.py');
  const queue = prog('queue_order.py');

  async function iValues(bp: DebugProtocol.SourceBreakpoint): Promise<string[]> {
    await startSession(dc, { program: loop }, { breakpoints: { [loop]: [bp] } });
    const seen: string[] = [];
    await collectStops(dc, async (ev) => {
      const f = await topFrame(dc, ev.body.threadId!);
      seen.push((await dc.evaluateRequest({ expression: 'i', frameId: f.id })).body.result);
    });
    return seen;
  }

  it('condition', async () => { assert.deepStrictEqual(await iValues({ line: 7, condition: 'i == 7' }), ['7']); });
  it('hit count 5', async () => { assert.deepStrictEqual(await iValues({ line: 7, hitCondition: '5' }), ['4']); });
  it('hit count >= 5', async () => { assert.deepStrictEqual(await iValues({ line: 7, hitCondition: '>= 5' }), ['4', '5', '6', '7', '8', '9']); });
  it('hit count % 3', async () => { assert.deepStrictEqual(await iValues({ line: 7, hitCondition: '% 3' }), ['2', '5', '8']); });

  it('an unchanged breakpoint keeps its hit count when the client resends the file\'s breakpoints', async () => {
    await startSession(dc, { program: loop }, { breakpoints: { [loop]: [{ line: 7, hitCondition: '>= 3' }] } });
    let stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.configurationDoneRequest();
    let ev = await stopped;
    const i = async () => (await dc.evaluateRequest({ expression: 'i', frameId: (await topFrame(dc, ev.body.threadId!)).id })).body.result;
    assert.strictEqual(await i(), '2');
    // Adding another breakpoint in the file resends both, as VS Code does.
    await dc.setBreakpointsRequest({ source: { path: loop }, breakpoints: [{ line: 7, hitCondition: '>= 3' }, { line: 8 }] });
    stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.continueRequest({ threadId: ev.body.threadId! });
    ev = await stopped;
    assert.strictEqual(await i(), '3');
  });

  it('log messages interpolate {expressions} and do not stop', async () => {
    const out = captureOutput(dc);
    assert.deepStrictEqual(await iValues({ line: 7, logMessage: 'i={i} double={tick(i)} bad={nope}', condition: 'i < 2' }), []);
    assert.strictEqual(out.text('console'), 'i=0 double=0 bad=<NameError>\ni=1 double=2 bad=<NameError>\n');
  });

  it('function breakpoints by name stop at the first statement of each call', async () => {
    await startSession(dc, { program: queue }, { functionBreakpoints: ['child'] });
    const where: string[] = [];
    const stops = await collectStops(dc, async (ev) => {
      where.push(`${await threadName(dc, ev.body.threadId!)}:${(await topFrame(dc, ev.body.threadId!)).line}`);
    });
    assert.ok(stops.every((s) => s.body.reason === 'function breakpoint'));
    assert.deepStrictEqual(where, ['c0:5', 'c1:5', 'c2:5', 'c3:5', 'c4:5', 'awaited:5']);
  });

  it('breakpoint mode "yield" stops only when the task yields at the line', async () => {
    await startSession(dc, { program: queue }, { breakpoints: { [queue]: [{ line: 5, mode: 'yield' }] } });
    const names: string[] = [];
    const stops = await collectStops(dc, async (ev) => { names.push(await threadName(dc, ev.body.threadId!)); });
    assert.ok(stops.every((s) => s.body.reason === 'yield'));
    assert.deepStrictEqual(names, ['c0', 'c1', 'c2', 'c3', 'c4']);
  });

  it('breakpoint mode "resume" stops when a task resumes at the line', async () => {
    await startSession(dc, { program: queue }, { breakpoints: { [queue]: [{ line: 5, mode: 'resume' }] } });
    const names: string[] = [];
    await collectStops(dc, async (ev) => { names.push(await threadName(dc, ev.body.threadId!)); });
    assert.deepStrictEqual(names, ['c4', 'c3', 'c2', 'c1', 'c0']);
  });

  async function filterStops(filter: string, condition?: string, program = queue): Promise<string[]> {
    await startSession(dc, { program }, condition ? { filterOptions: [{ filterId: filter, condition }] } : { filters: [filter] });
    const names: string[] = [];
    await collectStops(dc, async (ev) => {
      assert.strictEqual(ev.body.reason, filter === 'raised' ? 'exception' : filter);
      names.push(await threadName(dc, ev.body.threadId!));
    });
    return names;
  }
  it('filter taskCreated stops in the creating code once the task has its name', async () => {
    await startSession(dc, { program: queue }, { filters: ['taskCreated'] });
    const creators: string[] = [];
    const stops = await collectStops(dc, async (ev) => { creators.push(await threadName(dc, ev.body.threadId!)); });
    assert.deepStrictEqual(stops.map((s) => /^Task created: (\S+)/.exec(s.body.description!)![1]),
      ['Task-1', 'c0', 'c1', 'c2', 'c3', 'c4', 'sleepy', 'awaited', 'Task-9', 'Task-10']);
    assert.match(stops[1].body.description!, /^Task created: c0 child\(<Future pending>, 0\) at queue_order\.py:16$/);
    assert.deepStrictEqual(creators.slice(0, 8), ['main', 'Task-1', 'Task-1', 'Task-1', 'Task-1', 'Task-1', 'Task-1', 'Task-1']);
  });
  it('filter taskCreated with `task.get_name() == \'c3\'`', async () => {
    await startSession(dc, { program: queue }, { filterOptions: [{ filterId: 'taskCreated', condition: "task.get_name() == 'c3'" }] });
    const stops = await collectStops(dc);
    assert.strictEqual(stops.length, 1);
    assert.match(stops[0].body.description!, /^Task created: c3 child\(/);
  });
  it('filter taskDone, with and without a condition', async () => {
    const all = await filterStops('taskDone');
    assert.deepStrictEqual(all, ['c4', 'c3', 'c2', 'c1', 'c0', 'sleepy', 'awaited', 'Task-1', 'Task-9', 'Task-10']);
  });
  it('filter taskDone with a condition', async () => { assert.deepStrictEqual(await filterStops('taskDone', "task.get_name() == 'c2'"), ['c2']); });
  it('filter resume with a condition', async () => { assert.deepStrictEqual(await filterStops('resume', "task.get_name() == 'c1'"), ['c1', 'c1']); });
  it('filter resume without a condition stops at every step', async () => {
    const names = await filterStops('resume');
    assert.deepStrictEqual(names.slice(0, 7), ['Task-1', 'c0', 'c1', 'c2', 'c3', 'c4', 'sleepy']);
  });
  it('filter raised, in program code only', async () => {
    assert.deepStrictEqual(await filterStops('raised', undefined, prog('raises.py')), ['alpha', 'beta']);
  });
  it('filter raised stops where a CancelledError thrown in at `await asyncio.sleep()` reaches the program', async () => {
    const program = prog('cancelled_sleep.py');
    await startSession(dc, { program }, { filters: ['raised'] });
    const where: string[] = [];
    const stops = await collectStops(dc, async (ev) => {
      const st = await dc.stackTraceRequest({ threadId: ev.body.threadId! });
      where.push(`${await threadName(dc, ev.body.threadId!)}:${st.body.stackFrames[0].name}:${st.body.stackFrames[0].line}`);
    });
    assert.ok(stops.every((s) => /^Raised CancelledError/.test(s.body.description!)), stops.map((s) => s.body.description).join('; '));
    // Once, in sleeper where sleep() was awaited: the re-raise and main's `await t` carry the same
    // exception object on.
    assert.deepStrictEqual(where, ['sleeper:sleeper:6']);
  });
  it('filter raised with `task.get_name() == \'beta\'`', async () => {
    assert.deepStrictEqual(await filterStops('raised', "task.get_name() == 'beta'", prog('raises.py')), ['beta']);
  });
});

describe('DAP server: stepping with tasks', function () {
  this.timeout(30000);
  let dc: DebugClient;
  beforeEach(async () => { dc = new DebugClient('node', DAP, 'yieldpoint'); await dc.start(); });
  afterEach(async () => { await dc.stop(); });
  const file = prog('steps.py');

  async function stopAt(lines: number[]): Promise<Stopped> {
    await startSession(dc, { program: file }, { breakpoints: { [file]: lines.map((line) => ({ line })) } });
    const stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.configurationDoneRequest();
    return stopped;
  }
  async function step(kind: 'next' | 'stepIn' | 'stepOut', threadId: number): Promise<Stopped> {
    const stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
    if (kind === 'next') await dc.nextRequest({ threadId });
    else if (kind === 'stepIn') await dc.stepInRequest({ threadId });
    else await dc.stepOutRequest({ threadId });
    return stopped;
  }

  it('Step Over an await that yields stays with the task while the others run', async () => {
    const first = await stopAt([11]);
    const out = captureOutput(dc);
    const ev = await step('next', first.body.threadId!);
    assert.strictEqual(ev.body.threadId, first.body.threadId);
    assert.strictEqual(ev.body.reason, 'step');
    assert.strictEqual((await topFrame(dc, ev.body.threadId!)).line, 12);
    const f = await topFrame(dc, ev.body.threadId!);
    assert.strictEqual((await dc.evaluateRequest({ expression: 'a', frameId: f.id })).body.result, '1');
    assert.strictEqual(out.text('stdout'), '');
  });

  it('a breakpoint hit by another task during a step cancels the step and says so', async () => {
    const first = await stopAt([11, 20]);
    const ev = await step('next', first.body.threadId!);
    assert.strictEqual(ev.body.reason, 'breakpoint');
    assert.strictEqual(await threadName(dc, ev.body.threadId!), 'other');
    assert.match(ev.body.description!, /hit by other: the step in stepper was cancelled/);
    // The cancelled step does not stop later: the program runs to its end.
    const end = nextStopOrEnd(dc);
    await dc.continueRequest({ threadId: ev.body.threadId! });
    assert.strictEqual((await end).event, 'terminated');
  });

  it('Step Out returns to the caller in the same task', async () => {
    const first = await stopAt([5]);
    const ev = await step('stepOut', first.body.threadId!);
    assert.strictEqual(ev.body.threadId, first.body.threadId);
    const f = await topFrame(dc, ev.body.threadId!);
    assert.deepStrictEqual([f.name, f.line], ['stepper', 13]);
  });

  it('Step Into a coroutine call that does not yield enters it in the same task', async () => {
    const first = await stopAt([12]);
    const ev = await step('stepIn', first.body.threadId!);
    assert.strictEqual(ev.body.threadId, first.body.threadId);
    const f = await topFrame(dc, ev.body.threadId!);
    assert.deepStrictEqual([f.name, f.line], ['helper', 5]);
  });

  it('Step Over and Step Out at a generator\'s yield go back to the loop that consumes it', async () => {
    const gen = prog('gen_step.py');
    for (const kind of ['next', 'stepOut'] as const) {
      const d = new DebugClient('node', DAP, 'yieldpoint');
      await d.start();
      try {
        await startSession(d, { program: gen }, { breakpoints: { [gen]: [{ line: 3 }] } });
        const first = d.waitForEvent('stopped') as Promise<Stopped>;
        await d.configurationDoneRequest();
        const ev = await first;
        await d.setBreakpointsRequest({ source: { path: gen }, breakpoints: [] });
        const stopped = d.waitForEvent('stopped') as Promise<Stopped>;
        if (kind === 'next') await d.nextRequest({ threadId: ev.body.threadId! });
        else await d.stepOutRequest({ threadId: ev.body.threadId! });
        const f = await topFrame(d, (await stopped).body.threadId!);
        assert.deepStrictEqual([f.name, f.line], ['<module>', 9], kind);
      } finally { await d.stop(); }
    }
  });

  it('Step Into at an await that yields follows control to the next task that runs', async () => {
    const first = await stopAt([11]);
    const ev = await step('stepIn', first.body.threadId!);
    assert.notStrictEqual(ev.body.threadId, first.body.threadId);
    assert.strictEqual(await threadName(dc, ev.body.threadId!), 'other');
    assert.match(ev.body.description!, /^Stepped into other: control passed from stepper/);
    const f = await topFrame(dc, ev.body.threadId!);
    assert.deepStrictEqual([f.name, f.line], ['other', 18]);
  });
});

describe('DAP server: robustness', function () {
  this.timeout(30000);
  let dc: DebugClient;
  beforeEach(async () => { dc = new DebugClient('node', DAP, 'yieldpoint', { env: { ...process.env, YIELDPOINT_MAX_MB: '256' } }); await dc.start(); });
  afterEach(async () => { await dc.stop(); });

  it('answers out-of-order requests with errors and keeps working', async () => {
    await dc.initializeRequest();
    await assert.rejects(dc.stackTraceRequest({ threadId: 1 }), /launch one first/);
    await assert.rejects(dc.continueRequest({ threadId: 1 }), /launch one first/);
    await assert.rejects(dc.customRequest('restart', {}), /Nothing to restart/);
    await startSession(dc, { program: prog('spin.py') }).catch(() => undefined);
    await dc.configurationDoneRequest();
    await assert.rejects(dc.continueRequest({ threadId: 1 }), /already running/);
    await assert.rejects(dc.stackTraceRequest({ threadId: 1 }), /pause it first/);
    await assert.rejects(dc.launch({ program: prog('spin.py') }), /already launched/);
    const stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.pauseRequest({ threadId: 1 });
    const ev = await stopped;
    await assert.rejects(dc.scopesRequest({ frameId: 12345 }), /unknown frame/);
    const top = await topFrame(dc, ev.body.threadId!);
    await assert.rejects(dc.evaluateRequest({ expression: 'n +', frameId: top.id }), (e: Error) => /^SyntaxError: invalid syntax/.test(e.message) && !/<debug>/.test(e.message));
    assert.ok((await dc.threadsRequest()).body.threads.length >= 1);
    assert.ok((await dc.stackTraceRequest({ threadId: ev.body.threadId! })).body.stackFrames.length >= 1);
  });

  it('answers malformed arguments with errors, never a JS stack', async () => {
    await dc.initializeRequest();
    for (const [cmd, args] of [
      ['setBreakpoints', {}], ['setBreakpoints', { source: 'x.py' }], ['stackTrace', { threadId: 'one' }], ['variables', {}],
      ['evaluate', { expression: 42 }], ['setExceptionBreakpoints', { filters: 'yield' }], ['continue', null], ['completions', { text: 'x' }],
      ['stackTrace', { threadId: 1, startFrame: -2 }], ['stackTrace', { threadId: 1, levels: 1.5 }], ['variables', { variablesReference: 1, count: '10' }],
      ['evaluate', { expression: 'x', frameId: '1' }], ['setBreakpoints', { source: { path: 'x.py' }, breakpoints: 'line 3' }],
      ['setExceptionBreakpoints', { filters: [], filterOptions: { filterId: 'yield' } }], ['launch', undefined], ['launch', ['x.py']],
    ] as const) {
      await assert.rejects(dc.customRequest(cmd, args), (e: Error) => /Bad request/.test(e.message) && !JS_STACK.test(e.message), `${cmd} ${JSON.stringify(args)}`);
    }
    await assert.rejects(dc.launch({ program: 12 } as unknown as DebugProtocol.LaunchRequestArguments), /'program' must be the path of the Python file to run/);
    await assert.rejects(dc.setExceptionBreakpointsRequest({ filters: ['never'] }), /Unknown pause filter/);
    const r = await dc.setBreakpointsRequest({ source: { path: prog('no_such_file.py') }, breakpoints: [{ line: 1 }] });
    assert.strictEqual(r.body.breakpoints[0].verified, false);
  });

  it('takes an initialize without pathFormat as the protocol\'s default, native paths', async () => {
    const r = await dc.customRequest('initialize', { adapterID: 'yieldpoint' });
    assert.strictEqual(r.success, true);
    assert.strictEqual(r.body.supportsConfigurationDoneRequest, true);
  });

  async function runToEnd(program: string): Promise<{ code: number; stderr: string; all: string }> {
    await startSession(dc, { program }, { filters: [] });
    const out = captureOutput(dc);
    const exited = dc.waitForEvent('exited', 60000) as Promise<DebugProtocol.ExitedEvent>;
    const ended = dc.waitForEvent('terminated', 60000);
    await dc.configurationDoneRequest();
    const code = (await exited).body.exitCode;
    await ended;
    return { code, stderr: out.text('stderr'), all: out.text() };
  }

  it('a syntax error ends the session with CPython\'s message and exit code 1', async () => {
    const r = await runToEnd(prog('syntax_error.py'));
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /line 2\n\s+if x\n\s+\^\nSyntaxError: expected ':'\n$/);
    assert.ok(!JS_STACK.test(r.all));
  });

  it('an unsupported construct ends the session with its location and exit code 2', async () => {
    const r = await runToEnd(prog('unsupported.py'));
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /unsupported\.py:1:1: unsupported: import socket/);
  });

  it('[0] * 10**10 ends with MemoryError', async () => {
    const r = await runToEnd(prog('bigalloc.py'));
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /(^|\n)MemoryError(\n|: the program used more than 256 MB)/);
    assert.ok(!JS_STACK.test(r.all));
  });

  it('a list growing without end ends with a clear MemoryError', async () => {
    const r = await runToEnd(prog('grow.py'));
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /MemoryError: the program used more than 256 MB of memory/);
    assert.ok(!JS_STACK.test(r.all));
  });
});

describe('DAP server: a demanding client', function () {
  this.timeout(30000);
  let dc: DebugClient;
  beforeEach(async () => { dc = new DebugClient('node', DAP, 'yieldpoint'); await dc.start(); });
  afterEach(async () => { await dc.stop(); });
  const calls = prog('calls.py');

  async function stopAt(program: string, line: number, launch: Record<string, unknown> = {}): Promise<Stopped> {
    await startSession(dc, { program, ...launch }, { breakpoints: { [program]: [{ line }] } });
    const stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.configurationDoneRequest();
    return stopped;
  }
  /** Every event from now on, in order. */
  function recordEvents(): DebugProtocol.Event[] {
    const events: DebugProtocol.Event[] = [];
    for (const name of ['stopped', 'output', 'exited', 'terminated']) dc.on(name, (e: DebugProtocol.Event) => events.push(e));
    return events;
  }

  it('refuses requests it does not implement instead of answering them with an empty success', async () => {
    await dc.initializeRequest();
    await assert.rejects(dc.attachRequest({} as DebugProtocol.AttachRequestArguments), /'attach' is not supported by Yieldpoint: it launches the program/);
    for (const [cmd, args] of [['source', { sourceReference: 1 }], ['stepBack', { threadId: 1 }], ['goto', { threadId: 1, targetId: 1 }], ['setDataBreakpoints', { breakpoints: [] }], ['loadedSources', {}]] as const) {
      await assert.rejects(dc.customRequest(cmd, args), new RegExp(`'${cmd}' is not supported`), cmd);
    }
  });

  it('Stop while paused inside a function ends the program without a bogus exception', async () => {
    await stopAt(prog('locals.py'), 3);
    const events = recordEvents();
    await Promise.all([dc.waitForEvent('terminated'), dc.terminateRequest()]);
    assert.deepStrictEqual(events.filter((e) => e.event === 'stopped' || e.event === 'output').map((e) => JSON.stringify(e.body)), []);
  });

  it('Pause while paused does not stop the program again after Continue', async () => {
    const file = prog('workers.py');
    const ev = await stopAt(file, 9);
    await dc.pauseRequest({ threadId: ev.body.threadId! });
    await dc.setBreakpointsRequest({ source: { path: file }, breakpoints: [] });
    const end = nextStopOrEnd(dc);
    await dc.continueRequest({ threadId: ev.body.threadId! });
    assert.strictEqual((await end).event, 'terminated');
  });

  for (const [program, where] of [['long_sleep.py', /^Paused while the loop waits for its next timer \(\d+\.\d+ s left\)$/], ['blocking_sleep.py', /^Paused in time\.sleep/]] as const) {
    it(`Pause and Terminate answer at once while a real-time program waits (${program})`, async () => {
      await startSession(dc, { program: prog(program), clock: 'realtime' });
      const started = dc.waitForEvent('output');
      await dc.configurationDoneRequest();
      await started;
      // Past the statements that lead into the wait (library statements would answer the Pause).
      await new Promise((r) => setTimeout(r, 300));
      const t0 = Date.now();
      const [ev] = await Promise.all([dc.waitForEvent('stopped', 2000) as Promise<Stopped>, dc.pauseRequest({ threadId: 1 })]);
      assert.ok(Date.now() - t0 < 1000, `pause took ${Date.now() - t0} ms`);
      assert.strictEqual(ev.body.reason, 'pause');
      assert.match(ev.body.description!, where);
      assert.ok((await dc.stackTraceRequest({ threadId: ev.body.threadId! })).body.stackFrames.some((f) => f.source?.path === prog(program)));
      const exited = dc.waitForEvent('exited') as Promise<DebugProtocol.ExitedEvent>;
      const next = nextStopOrEnd(dc);
      await dc.continueRequest({ threadId: ev.body.threadId! });
      await new Promise((r) => setTimeout(r, 200));
      const t1 = Date.now();
      await Promise.all([dc.waitForEvent('terminated'), dc.terminateRequest()]);
      assert.ok(Date.now() - t1 < 1000, `terminate took ${Date.now() - t1} ms`);
      assert.strictEqual((await next).event, 'terminated');
      assert.strictEqual((await exited).body.exitCode, 137);
    });
  }

  it('Terminate ends a program busy in native code within a second, with exit code 137', async () => {
    await startSession(dc, { program: prog('native_spin.py') });
    const started = dc.waitForEvent('output');
    await dc.configurationDoneRequest();
    await started;
    await new Promise((r) => setTimeout(r, 200));
    const exited = dc.waitForEvent('exited', 2000) as Promise<DebugProtocol.ExitedEvent>;
    const t0 = Date.now();
    await Promise.all([dc.waitForEvent('terminated'), dc.terminateRequest()]);
    assert.ok(Date.now() - t0 < 1000, `terminate took ${Date.now() - t0} ms`);
    assert.strictEqual((await exited).body.exitCode, 137);
  });

  it('refuses unknown threads and stale frame ids instead of answering about something else', async () => {
    const first = await stopAt(calls, 5);
    const frame = await topFrame(dc, first.body.threadId!);
    await assert.rejects(dc.stackTraceRequest({ threadId: 999 }), /Thread 999 is neither a live task nor a running thread/);
    await assert.rejects(dc.nextRequest({ threadId: 999 }), /Thread 999 is neither a live task nor a running thread/);
    // The refused step left the program paused.
    assert.strictEqual((await topFrame(dc, first.body.threadId!)).line, 5);
    const again = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.continueRequest({ threadId: first.body.threadId! });
    const second = await again;
    assert.strictEqual((await topFrame(dc, second.body.threadId!)).line, 5);
    await assert.rejects(dc.evaluateRequest({ expression: 'n', frameId: frame.id, context: 'watch' }), /unknown frame/);
    await assert.rejects(dc.scopesRequest({ frameId: frame.id }), /unknown frame/);
    await assert.rejects(dc.evaluateRequest({ expression: '   ', frameId: (await topFrame(dc, second.body.threadId!)).id }), /Nothing to evaluate/);
  });

  it('pages a list\'s children by filter, start and count, and copies a whole value to the clipboard', async () => {
    const init = await dc.initializeRequest();
    assert.strictEqual(init.body!.supportsClipboardContext, true);
    assert.strictEqual(init.body!.supportsDelayedStackTraceLoading, true);
    const ev = await (async () => {
      await dc.launch({ program: calls });
      await dc.setBreakpointsRequest({ source: { path: calls }, breakpoints: [{ line: 5 }] });
      const stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
      await dc.configurationDoneRequest();
      return stopped;
    })();
    const frameId = (await topFrame(dc, ev.body.threadId!)).id;
    const list = await dc.evaluateRequest({ expression: 'list(range(1000))', frameId, context: 'watch' });
    assert.strictEqual(list.body.indexedVariables, 1000);
    const ref = list.body.variablesReference;
    assert.deepStrictEqual((await dc.variablesRequest({ variablesReference: ref, filter: 'named' })).body.variables, []);
    const page = (await dc.variablesRequest({ variablesReference: ref, filter: 'indexed', start: 500, count: 3 })).body.variables;
    assert.deepStrictEqual(page.map((v) => [v.name, v.value]), [['500', '500'], ['501', '501'], ['502', '502']]);
    const dict = await dc.evaluateRequest({ expression: '{"a": 1}', frameId, context: 'watch' });
    assert.deepStrictEqual((await dc.variablesRequest({ variablesReference: dict.body.variablesReference, filter: 'indexed' })).body.variables, []);
    assert.strictEqual((await dc.variablesRequest({ variablesReference: dict.body.variablesReference, filter: 'named' })).body.variables[0].name, "'a'");
    const watch = await dc.evaluateRequest({ expression: 'list(range(1000))', frameId, context: 'watch' });
    assert.ok(watch.body.result.endsWith('...'));
    const clip = await dc.evaluateRequest({ expression: 'list(range(1000))', frameId, context: 'clipboard' });
    assert.strictEqual(clip.body.result, `[${Array.from({ length: 1000 }, (_, i) => i).join(', ')}]`);
  });

  it('the REPL assigns with `name = value` and `name += value`, and the program goes on with it', async () => {
    const ev = await stopAt(prog('locals.py'), 5);
    const frameId = (await topFrame(dc, ev.body.threadId!)).id;
    assert.strictEqual((await dc.evaluateRequest({ expression: 'total = 100', frameId, context: 'repl' })).body.result, '100');
    assert.strictEqual((await dc.evaluateRequest({ expression: 'total += 1', frameId, context: 'repl' })).body.result, '101');
    assert.strictEqual((await dc.evaluateRequest({ expression: 'total == 101', frameId, context: 'repl' })).body.result, 'True');
    await assert.rejects(dc.evaluateRequest({ expression: 'total = 1', frameId, context: 'watch' }), /SyntaxError/);
    const out = captureOutput(dc);
    const ended = dc.waitForEvent('terminated');
    await dc.continueRequest({ threadId: ev.body.threadId! });
    await ended;
    assert.strictEqual(out.text('stdout'), "(102, 'hello')\n");
  });

  it('refuses a program that is a directory and a cwd that is a file', async () => {
    await dc.initializeRequest();
    await assert.rejects(dc.launch({ program: path.join(root, 'test', 'dap') }), /program '.*dap' is not a file/);
    await assert.rejects(dc.launch({ program: calls, cwd: calls }), /'cwd' '.*calls\.py' is not a directory/);
  });

  it('marks breakpoints whose condition, hit count or log message cannot work, with the reason', async () => {
    await dc.initializeRequest();
    await dc.launch({ program: calls });
    const r = await dc.setBreakpointsRequest({ source: { path: calls }, breakpoints: [
      { line: 5, condition: 'n ==' }, { line: 5, hitCondition: 'often' }, { line: 5, hitCondition: '% 0' },
      { line: 5, logMessage: 'n is {n' }, { line: 5, logMessage: 'n is {n +}' }, { line: 5, condition: 'n == 1', hitCondition: '>= 2', logMessage: '{{n}} is {n!r:>3}' },
    ] });
    const bps = r.body.breakpoints;
    assert.deepStrictEqual(bps.map((b) => b.verified), [false, false, false, false, false, true]);
    assert.match(bps[0].message!, /Condition 'n ==' is not a Python expression/);
    assert.match(bps[1].message!, /Hit count 'often' is not understood/);
    assert.match(bps[3].message!, /not closed: write '\{\{' for a brace/);
    assert.match(bps[4].message!, /Log message part \{n \+\} is not a Python expression/);
    const f = await dc.setExceptionBreakpointsRequest({ filters: ['uncaught'], filterOptions: [{ filterId: 'yield', condition: 'task.get_name( ==' }] });
    assert.deepStrictEqual(f.body!.breakpoints!.map((b) => b.verified), [true, false]);
  });

  it('a log message interpolates like an f-string: {{ and }} for braces, !r and format specs', async () => {
    await startSession(dc, { program: calls }, { breakpoints: { [calls]: [{ line: 5, logMessage: '{{n}}={n!r:>3} {"x" * n} {n=} {nope}', condition: 'n < 2' }] } });
    const out = captureOutput(dc);
    const stops = await collectStops(dc);
    assert.strictEqual(stops.length, 0);
    assert.strictEqual(out.text('console'), ['{n}=  0  n=0 <NameError>', '{n}=  0  n=0 <NameError>', '{n}=  1 x n=1 <NameError>', '{n}=  1 x n=1 <NameError>', ''].join('\n'));
  });

  it('a condition that raises stops there and says why, in the stop and the Debug Console', async () => {
    const out = captureOutput(dc);
    await startSession(dc, { program: calls }, { breakpoints: { [calls]: [{ line: 5, condition: 'n / 0 > 1' }] } });
    const stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.configurationDoneRequest();
    const ev = await stopped;
    assert.strictEqual(ev.body.reason, 'breakpoint');
    assert.strictEqual(ev.body.description, 'The condition of the breakpoint at line 5 raised ZeroDivisionError: division by zero');
    assert.match(out.text('console'), /^The condition of the breakpoint at line 5 \(n \/ 0 > 1\) raised ZeroDivisionError: division by zero\n$/);
  });

  it('function breakpoints take conditions and hit counts, and stop at the first statement of a call only', async () => {
    await startSession(dc, { program: calls }, { breakpoints: { [calls]: [{ line: 5, condition: 'n == 0' }] } });
    await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'compute', condition: 'n >= 2' }, { name: 'worker', hitCondition: '2' }] });
    const where: string[] = [];
    const stops = await collectStops(dc, async (ev) => {
      const f = await topFrame(dc, ev.body.threadId!);
      where.push(`${ev.body.reason} ${f.name}:${f.line} n=${(await dc.evaluateRequest({ expression: 'n', frameId: f.id })).body.result}`);
    });
    assert.strictEqual(stops.length, where.length);
    // compute(0) stops at its line breakpoint (line 5, its first statement) once, not again at line 6.
    assert.deepStrictEqual(where, [
      'function breakpoint worker:10 n=2', 'breakpoint compute:5 n=0', 'breakpoint compute:5 n=0',
      'function breakpoint compute:5 n=2', 'function breakpoint compute:5 n=2', 'function breakpoint compute:5 n=3', 'function breakpoint compute:5 n=3',
    ]);
  });

  it('a yield or resume breakpoint on a line that cannot yield is unverified, with the reason', async () => {
    const queue = prog('queue_order.py');
    await dc.initializeRequest();
    await dc.launch({ program: queue });
    const r = await dc.setBreakpointsRequest({ source: { path: queue }, breakpoints: [{ line: 5, mode: 'yield' }, { line: 6, mode: 'yield' }, { line: 21, mode: 'resume' }, { line: 22, mode: 'resume' }, { line: 6, mode: 'sometimes' }] });
    assert.deepStrictEqual(r.body.breakpoints.map((b) => b.verified), [true, false, false, true, false]);
    assert.strictEqual(r.body.breakpoints[1].message, 'Line 6 has no await, async for or async with: a task never yields there');
    assert.match(r.body.breakpoints[4].message!, /Unknown breakpoint mode 'sometimes'/);
  });

  it('a pause filter condition that raises is told once in the Debug Console', async () => {
    const out = captureOutput(dc);
    await startSession(dc, { program: prog('queue_order.py') }, { filterOptions: [{ filterId: 'yield', condition: 'task.get_nme() == 1' }] });
    assert.strictEqual((await collectStops(dc)).length, 0);
    assert.match(out.text('console'), /^The condition of the pause filter 'yield' \(task\.get_nme\(\) == 1\) raised AttributeError: .* has no attribute 'get_nme'; it counts as false\n$/);
  });

  it('a yield-mode breakpoint honours its condition', async () => {
    const queue = prog('queue_order.py');
    await startSession(dc, { program: queue }, { breakpoints: { [queue]: [{ line: 5, mode: 'yield', condition: 'i == 3' }] } });
    const names: string[] = [];
    await collectStops(dc, async (ev) => { names.push(await threadName(dc, ev.body.threadId!)); });
    assert.deepStrictEqual(names, ['c3']);
  });

  it('exceptionInfo answers only on an exception stop, and says whether it was caught', async () => {
    const ev = await stopAt(prog('locals.py'), 5);
    await assert.rejects(dc.exceptionInfoRequest({ threadId: ev.body.threadId! }), /not stopped on an exception/);
    const d = new DebugClient('node', DAP, 'yieldpoint');
    await d.start();
    try {
      await startSession(d, { program: prog('fails.py') });
      const stopped = d.waitForEvent('stopped') as Promise<Stopped>;
      await d.configurationDoneRequest();
      const info = await d.exceptionInfoRequest({ threadId: (await stopped).body.threadId! });
      assert.strictEqual(info.body.breakMode, 'unhandled');
    } finally { await d.stop(); }
  });

  it('stepping off the end of a task says that the task finished', async () => {
    const file = prog('steps.py');
    const first = await stopAt(file, 14);
    const stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.nextRequest({ threadId: first.body.threadId! });
    const ev = await stopped;
    assert.strictEqual(ev.body.description, 'Stepped into other: stepper finished');
  });

  it('restart takes the launch attributes the client sends', async () => {
    await startSession(dc, { program: 'argv.py', cwd: path.join(root, 'test', 'dap'), args: ['a'] });
    const out = captureOutput(dc);
    let exited = dc.waitForEvent('exited');
    await dc.configurationDoneRequest();
    await exited;
    exited = dc.waitForEvent('exited');
    await dc.customRequest('restart', { arguments: { program: 'argv.py', cwd: path.join(root, 'test', 'dap'), args: ['b', 'c'] } });
    await exited;
    assert.strictEqual(out.text('stdout'), "['a']\n['b', 'c']\n");
    await assert.rejects(dc.customRequest('restart', { arguments: { program: 'argv.py', clock: 'sundial' } }), /Cannot restart: 'clock' must be/);
  });

  it('restart before configurationDone does not start the program early, and it runs once', async () => {
    await startSession(dc, { program: prog('argv.py') });
    const out = captureOutput(dc);
    await dc.customRequest('restart', {});
    await new Promise((r) => setTimeout(r, 500));
    assert.strictEqual(out.text(), '', 'nothing runs before configurationDone');
    const ended = dc.waitForEvent('terminated');
    await dc.configurationDoneRequest();
    await ended;
    await new Promise((r) => setTimeout(r, 300));
    assert.strictEqual(out.text('stdout'), '[]\n');
  });

  it('noDebug runs the program without stopping', async () => {
    await startSession(dc, { program: calls, noDebug: true, stopOnEntry: true }, { breakpoints: { [calls]: [{ line: 5 }] }, filters: ['yield'] });
    const out = captureOutput(dc);
    const stops = await collectStops(dc);
    assert.strictEqual(stops.length, 0);
    assert.strictEqual(out.text('stdout'), 'done\n');
  });

  it('an uncaught exception stop shows the stack where it was raised, with its locals', async () => {
    await startSession(dc, { program: prog('task_fails.py') });
    const stopped = dc.waitForEvent('stopped') as Promise<Stopped>;
    await dc.configurationDoneRequest();
    const ev = await stopped;
    assert.strictEqual(ev.body.description, "Uncaught KeyError: 'x'");
    const st = (await dc.stackTraceRequest({ threadId: ev.body.threadId! })).body.stackFrames;
    assert.deepStrictEqual(st.filter((f) => f.source).map((f) => `${f.name}:${f.line}`), ['boom:5', 'main:9', '<module>:11']);
    const locals = (await dc.scopesRequest({ frameId: st[0].id })).body.scopes[0];
    assert.strictEqual(locals.name, 'Locals');
    assert.deepStrictEqual((await dc.variablesRequest({ variablesReference: locals.variablesReference })).body.variables.map((v) => `${v.name}=${v.value}`), ["k='x'"]);
  });

  it('changes dict items, attributes and subscripts (Set Value, setExpression, the REPL)', async () => {
    const file = prog('containers.py');
    const ev = await stopAt(file, 6);
    const frameId = (await topFrame(dc, ev.body.threadId!)).id;
    const globals = (await dc.scopesRequest({ frameId })).body.scopes.find((s) => s.name === 'Globals')!;
    const d = (await dc.variablesRequest({ variablesReference: globals.variablesReference })).body.variables.find((v) => v.name === 'd')!;
    assert.strictEqual((await dc.setVariableRequest({ variablesReference: d.variablesReference, name: "'a'", value: '5' })).body.value, '5');
    await assert.rejects(dc.setVariableRequest({ variablesReference: d.variablesReference, name: "'zz'", value: '5' }), /no key 'zz'/);
    assert.strictEqual((await dc.customRequest('setExpression', { expression: 'p.x', value: '9', frameId })).body.value, '9');
    assert.strictEqual((await dc.customRequest('setExpression', { expression: 'd[2][0]', value: '"one"', frameId })).body.value, "'one'");
    assert.strictEqual((await dc.evaluateRequest({ expression: "d['b'] = 3", frameId, context: 'repl' })).body.result, '3');
    assert.strictEqual((await dc.evaluateRequest({ expression: 'dict(a=1)', frameId, context: 'repl' })).body.result, "{'a': 1}");
    await assert.rejects(dc.customRequest('setExpression', { expression: 'f(x)', value: '1', frameId }), /Only a name, an attribute or an item/);
    const out = captureOutput(dc);
    const ended = dc.waitForEvent('terminated');
    await dc.continueRequest({ threadId: ev.body.threadId! });
    await ended;
    assert.strictEqual(out.text('stdout'), "{'a': 5, 2: ['one', 2], 'b': 3} 9\n");
  });

  it('variables carry evaluateName, so Add to Watch, Copy as Expression and Set Value work on children', async () => {
    const file = prog('containers.py');
    const ev = await stopAt(file, 6);
    const frameId = (await topFrame(dc, ev.body.threadId!)).id;
    const globals = (await dc.scopesRequest({ frameId })).body.scopes.find((s) => s.name === 'Globals')!;
    const vars = (await dc.variablesRequest({ variablesReference: globals.variablesReference })).body.variables;
    const d = vars.find((v) => v.name === 'd')!;
    assert.strictEqual(d.evaluateName, 'd');
    const items = (await dc.variablesRequest({ variablesReference: d.variablesReference })).body.variables;
    assert.deepStrictEqual(items.map((v) => v.evaluateName), ["d['a']", 'd[2]']);
    const inner = (await dc.variablesRequest({ variablesReference: items[1].variablesReference })).body.variables;
    assert.deepStrictEqual(inner.map((v) => v.evaluateName), ['d[2][0]', 'd[2][1]']);
    const p = vars.find((v) => v.name === 'p')!;
    const attrs = (await dc.variablesRequest({ variablesReference: p.variablesReference })).body.variables;
    assert.deepStrictEqual(attrs.map((v) => v.evaluateName), ['p.x']);
    // Each evaluateName reads its value back, and Set Value through it writes.
    for (const v of [...items, ...inner, ...attrs]) {
      assert.strictEqual((await dc.evaluateRequest({ expression: v.evaluateName!, frameId, context: 'watch' })).body.result, v.value);
    }
    await dc.customRequest('setExpression', { expression: inner[1].evaluateName, value: '20', frameId });
    const r = await dc.evaluateRequest({ expression: 'd', frameId, context: 'watch' });
    assert.strictEqual(r.body.result, "{'a': 1, 2: [1, 20]}");
    const child = (await dc.variablesRequest({ variablesReference: r.body.variablesReference })).body.variables[1];
    assert.strictEqual(child.evaluateName, '(d)[2]');
  });

  it('a breakpoint set through a symlink to the program stops; one in another file says it cannot', async () => {
    const { mkdtempSync, symlinkSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const link = path.join(mkdtempSync(path.join(tmpdir(), 'yp-')), 'link.py');
    symlinkSync(calls, link);
    await dc.initializeRequest();
    await dc.launch({ program: calls });
    const r = await dc.setBreakpointsRequest({ source: { path: link }, breakpoints: [{ line: 5 }] });
    assert.strictEqual(r.body.breakpoints[0].verified, true);
    const other = await dc.setBreakpointsRequest({ source: { path: prog('locals.py') }, breakpoints: [{ line: 2 }] });
    assert.strictEqual(other.body.breakpoints[0].verified, false);
    assert.match(other.body.breakpoints[0].message!, /Only calls\.py runs in this session: locals\.py is not part of it/);
    const stopped = dc.waitForEvent('stopped', 5000) as Promise<Stopped>;
    await dc.configurationDoneRequest();
    assert.strictEqual((await topFrame(dc, (await stopped).body.threadId!)).line, 5);
  });

  it('a watch or hover expression that runs away is stopped after 5 s, and the session goes on', async () => {
    const ev = await stopAt(prog('locals.py'), 5);
    const frameId = (await topFrame(dc, ev.body.threadId!)).id;
    const t0 = Date.now();
    await assert.rejects(dc.evaluateRequest({ expression: 'sum(i for i in range(10**12))', frameId, context: 'hover' }), /TimeoutError: the expression ran for more than 5 s and was stopped$/);
    assert.ok(Date.now() - t0 < 8000);
    assert.strictEqual((await dc.evaluateRequest({ expression: 'total', frameId, context: 'watch' })).body.result, '10');
  });
});

describe('yieldpoint dap --port', function () {
  this.timeout(30000);
  /** The server's CPU time in clock ticks (Linux). */
  const cpuTicks = (pid: number): number => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]);
  };
  it('ends the program of a client that goes away without disconnecting', async function () {
    if (process.platform !== 'linux') this.skip();
    const { spawn } = await import('node:child_process');
    const net = await import('node:net');
    const server = spawn(process.execPath, [path.join(root, 'dist', 'cli.js'), 'dap', '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      const port = await new Promise<number>((resolve) => {
        let err = '';
        server.stderr.on('data', (d) => { err += d; const m = /listening on 127\.0\.0\.1:(\d+)/.exec(err); if (m) resolve(Number(m[1])); });
      });
      const socket = net.connect(port, '127.0.0.1');
      let seq = 1;
      const send = (command: string, args: unknown) => {
        const body = JSON.stringify({ seq: seq++, type: 'request', command, arguments: args });
        socket.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      };
      send('initialize', { adapterID: 'yieldpoint' });
      send('launch', { program: prog('spin_forever.py') });
      send('configurationDone', {});
      await new Promise((r) => setTimeout(r, 500));
      socket.destroy();
      await new Promise((r) => setTimeout(r, 700));
      const t0 = cpuTicks(server.pid!);
      await new Promise((r) => setTimeout(r, 500));
      const used = cpuTicks(server.pid!) - t0;
      assert.ok(used < 15, `the server used ${used} ticks of CPU in 0.5 s after its client went away`);
    } finally { server.kill(); }
  });
  it('one session\'s cwd does not become another\'s', async () => {
    const { spawn } = await import('node:child_process');
    const server = spawn(process.execPath, [path.join(root, 'dist', 'cli.js'), 'dap', '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'], cwd: root });
    try {
      const port = await new Promise<number>((resolve) => {
        let err = '';
        server.stderr.on('data', (d) => { err += d; const m = /listening on 127\.0\.0\.1:(\d+)/.exec(err); if (m) resolve(Number(m[1])); });
      });
      const a = new DebugClient('node', '', 'yieldpoint');
      await a.start(port);
      try {
        await a.initializeRequest();
        await a.launch({ program: 'argv.py', cwd: path.join(root, 'test', 'dap') });
        const ended = a.waitForEvent('terminated');
        await a.configurationDoneRequest();
        await ended;
      } finally { await a.stop(); }
      const b = new DebugClient('node', '', 'yieldpoint');
      await b.start(port);
      try {
        await b.initializeRequest();
        await assert.rejects(b.launch({ program: 'argv.py' }), /program 'argv\.py' does not exist/);
      } finally { await b.stop(); }
    } finally { server.kill(); }
  });
  it('serves a session on a loopback port', async () => {
    const { spawn } = await import('node:child_process');
    const server = spawn(process.execPath, [path.join(root, 'dist', 'cli.js'), 'dap', '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        let err = '';
        server.stderr.on('data', (d) => {
          err += d;
          const m = /listening on 127\.0\.0\.1:(\d+)/.exec(err);
          if (m) resolve(Number(m[1]));
        });
        server.on('exit', () => reject(new Error(`server exited: ${err}`)));
      });
      const dc = new DebugClient('node', '', 'yieldpoint');
      await dc.start(port);
      try {
        const file = prog('workers.py');
        await dc.hitBreakpoint({ program: file }, { path: file, line: 7 });
        const threads = (await dc.threadsRequest()).body.threads;
        assert.ok(threads.some((t) => t.name.startsWith('alpha')));
        await Promise.all([dc.waitForEvent('terminated'), dc.terminateRequest()]);
      } finally { await dc.stop(); }
    } finally { server.kill(); }
  });
});
