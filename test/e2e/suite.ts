// The e2e scenario (scenario.json) through the vscode API, run by mocha inside VS Code's extension
// host: under @vscode/test-electron (electron.mjs) and in code-server (run.mjs). Bundled by
// esbuild.mjs to dist/test/suite.js; `run()` is the extension-tests entry point.
import * as vscode from 'vscode';
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { loadScenario, Step, Stop, FrameAt } from './scenario';

const root = path.resolve(__dirname, '..', '..');
const EXTENSION = 'yieldpoint.yieldpoint';

interface StopEvent { session: vscode.DebugSession; body: DebugProtocol.StoppedEvent['body'] }

/** Stopped events of yieldpoint sessions, in order (a tracker sees every message the adapter sends). */
class Stops implements vscode.Disposable {
  private queue: StopEvent[] = [];
  private waiter: (() => void) | null = null;
  private registration = vscode.debug.registerDebugAdapterTrackerFactory('yieldpoint', {
    createDebugAdapterTracker: (session) => ({
      onDidSendMessage: (m: DebugProtocol.ProtocolMessage) => {
        const e = m as DebugProtocol.Event;
        if (e.type === 'event' && e.event === 'stopped') { this.queue.push({ session, body: e.body }); this.waiter?.(); }
      },
    }),
  });
  async next(timeoutMs = 20000): Promise<StopEvent> {
    const end = Date.now() + timeoutMs;
    while (!this.queue.length) {
      if (Date.now() > end) throw new Error(`no stop within ${timeoutMs} ms`);
      await new Promise<void>((r) => { this.waiter = r; setTimeout(r, 100); });
    }
    return this.queue.shift()!;
  }
  dispose(): void { this.registration.dispose(); }
}

/** A source path as the adapter's answers reach an extension: a file path, or a URI in a remote window (code-server). */
function localPath(p: string): string {
  return /^[a-z][\w+.-]*:\/\//i.test(p) ? vscode.Uri.parse(p).path : p;
}

interface Loop { ready: Array<{ task?: { name: string } }>; timers: Array<{ what: string }> }

function defineScenario(): void {
  const scenario = loadScenario(root);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const file = path.join(folder && fs.existsSync(path.join(folder, scenario.program)) ? folder : path.join(root, 'examples'), scenario.program);
  let stops: Stops;
  let current: StopEvent | undefined;
  const session = () => current?.session ?? assert.fail('no session');

  async function threads(): Promise<DebugProtocol.Thread[]> {
    return ((await session().customRequest('threads')) as DebugProtocol.ThreadsResponse['body']).threads;
  }
  async function programFrame(threadId: number): Promise<{ name: string; line: number }> {
    const st = (await session().customRequest('stackTrace', { threadId, startFrame: 0, levels: 20 })) as DebugProtocol.StackTraceResponse['body'];
    const f = st.stackFrames.find((x) => x.source?.path !== undefined && localPath(x.source.path) === file);
    return f ? { name: f.name, line: f.line } : assert.fail(`no frame of ${file} in ${st.stackFrames.map((x) => `${x.name} (${x.source?.path}:${x.line})`).join(' < ')}`);
  }
  async function expectFrame(at: FrameAt, threadId?: number): Promise<void> {
    const all = await threads();
    const t = threadId !== undefined ? all.find((x) => x.id === threadId) : all.find((x) => x.name.startsWith(`${at.task} `));
    if (!t?.name.startsWith(`${at.task} `)) assert.fail(`thread ${at.task} (threads: ${all.map((x) => x.name).join(' | ')})`);
    assert.deepStrictEqual(await programFrame(t.id), { name: at.frame, line: at.line });
  }
  async function expectStop(stop: Stop): Promise<void> {
    current = await stops.next();
    assert.strictEqual(current.body.reason, stop.reason);
    if (stop.awaits) assert.ok(current.body.description?.includes(`${stop.task} awaits ${stop.awaits}`), current.body.description);
    await expectFrame(stop, current.body.threadId);
  }

  async function expectLoop(step: Step): Promise<void> {
    const loop = (await session().customRequest('yieldpoint/loop', { start: 0, count: 200, filter: '' })) as Loop;
    if (step.readyQueue) assert.deepStrictEqual(loop.ready.map((r) => r.task?.name), step.readyQueue);
    for (const prefix of step.timers ?? []) assert.ok(loop.timers.some((t) => t.what.startsWith(prefix)), `a timer ${prefix}… in ${loop.timers.map((t) => t.what).join(' | ')}`);
  }

  const title = (s: Step): string => {
    const then = s.stop ? `: ${s.stop.task} stops (${s.stop.reason}) at ${s.stop.frame}:${s.stop.line}` : '';
    return `${s.do}${s.line ? ` line ${s.line}` : ''}${s.filter ? ` ${s.filter}` : ''}${then}`;
  };

  describe(`scenario: ${scenario.program}`, function () {
    this.timeout(60000);
    before(async () => {
      await vscode.extensions.getExtension(EXTENSION)?.activate();
      stops = new Stops();
      vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    });
    after(() => stops?.dispose());

    for (const step of scenario.steps) {
      it(title(step), async () => {
        switch (step.do) {
          case 'open':
            await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
            break;
          case 'breakpoint':
            vscode.debug.addBreakpoints([new vscode.SourceBreakpoint(new vscode.Location(vscode.Uri.file(file), new vscode.Position(step.line! - 1, 0)))]);
            break;
          case 'start': {
            const ok = await vscode.debug.startDebugging(vscode.workspace.workspaceFolders?.[0], {
              type: 'yieldpoint', request: 'launch', name: 'e2e scenario', program: file, cwd: path.dirname(file),
            });
            assert.ok(ok, 'the session started');
            await expectStop(step.stop!);
            const names = (await threads()).map((t) => t.name);
            for (const prefix of step.threads ?? []) assert.ok(names.some((n) => n.startsWith(prefix)), `a thread ${prefix}… in ${names.join(' | ')}`);
            for (const at of step.frames ?? []) await expectFrame(at);
            await expectLoop(step);
            break;
          }
          case 'pauseOn':
            await session().customRequest('setExceptionBreakpoints', { filters: [step.filter!, 'uncaught'] });
            break;
          case 'continue': {
            await vscode.commands.executeCommand('workbench.action.debug.continue');
            await expectStop(step.stop!);
            await expectLoop(step);
            break;
          }
          case 'stop': {
            const ended = new Promise<void>((r) => { const d = vscode.debug.onDidTerminateDebugSession(() => { d.dispose(); r(); }); });
            await vscode.debug.stopDebugging(session());
            await ended;
            break;
          }
        }
      });
    }
  });

  describe('walkthrough', () => {
    it('yieldpoint.openExample opens an editable copy of a bundled example', async () => {
      await vscode.commands.executeCommand('yieldpoint.openExample', 'create_task');
      const doc = vscode.window.activeTextEditor?.document;
      assert.ok(doc && doc.uri.scheme === 'file' && doc.uri.fsPath.endsWith(`${path.sep}create_task.py`), doc?.uri.toString());
      const bundled = path.join(vscode.extensions.getExtension(EXTENSION)!.extensionPath, 'examples', 'create_task.py');
      assert.notStrictEqual(path.dirname(doc.uri.fsPath), path.dirname(bundled), 'a copy, not the installed file');
      assert.strictEqual(doc.getText(), fs.readFileSync(bundled, 'utf8'));
    });
  });
}

/** Extension-tests entry point. Writes a summary to $YIELDPOINT_SUITE_RESULT when set (code-server has no exit code to give). */
export function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const Mocha = require('mocha/lib/mocha.cjs') as typeof import('mocha');
  const mocha = new Mocha({ ui: 'bdd', color: false, bail: true, timeout: 60000 });
  mocha.suite.emit('pre-require', globalThis, 'scenario', mocha);
  defineScenario();
  const results: Array<{ title: string; ok: boolean; error?: string }> = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const out = process.env.YIELDPOINT_SUITE_RESULT;
      if (out) fs.writeFileSync(out, JSON.stringify({ failures, results }, null, 2));
      if (failures) reject(new Error(`${failures} extension test(s) failed`)); else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), ok: true }));
    runner.on('fail', (t, err: Error) => results.push({ title: t.fullTitle(), ok: false, error: err.message }));
  });
}
