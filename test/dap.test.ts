// The DAP server driven through the real protocol (@vscode/debugadapter-testsupport's DebugClient).
import * as assert from 'node:assert';
import * as path from 'node:path';
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
    await dc.configurationDoneRequest();
    for (;;) {
      const ev = await Promise.race([dc.waitForEvent('stopped'), dc.waitForEvent('terminated')]);
      if (ev.event === 'terminated') break;
      const body = (ev as DebugProtocol.StoppedEvent).body;
      assert.strictEqual(body.allThreadsStopped, true);
      assert.match(body.description!, /^Paused on yield: /);
      const threads = (await dc.threadsRequest()).body.threads;
      const t = threads.find((x) => x.id === body.threadId!)!;
      const frames = (await dc.stackTraceRequest({ threadId: body.threadId! })).body.stackFrames.filter((f) => f.source?.path === file);
      seen.push({ task: t.name.split(' ')[0], line: frames[0].line });
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
