// The VS Code glue: debug configurations, the adapter (inline or as a `yieldpoint dap` process),
// the Event Loop view, inline task labels while paused, yield-point markers, the walkthrough's
// examples, and the Run/Debug File commands.
// Of the runtime, only the tokenizer (for the yield-point markers) loads at activation; the rest
// when a session starts (the inline adapter is created lazily).
import { loadStarted } from './loadClock';
import * as vscode from 'vscode';
import * as path from 'node:path';
import { spawn, ChildProcess } from 'node:child_process';
import type { LoopSnapshot } from '../runtime/debugProtocol';
import { EventLoopView, LoopTaskItem } from './loopView';
import { TaskLabels } from './labels';
import { YieldPointMarkers } from './yieldPointMarkers';
import { openExample } from './examples';

const loadMs = performance.now() - loadStarted;

export const DEBUG_TYPE = 'yieldpoint';

export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Yieldpoint', { log: true });
  const trace = vscode.window.createOutputChannel('Yieldpoint Trace', 'yieldpoint-trace');
  const loopView = new EventLoopView();
  const labels = new TaskLabels();
  const tree = vscode.window.createTreeView('yieldpoint.eventLoop', { treeDataProvider: loopView, showCollapseAll: false });
  loopView.attach(tree);

  const provider = new YieldpointConfigurationProvider();
  context.subscriptions.push(
    log, trace, tree, labels,
    new YieldPointMarkers(DEBUG_TYPE, vscode.Uri.joinPath(context.extensionUri, 'media', 'yield-point.svg')),
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, provider),
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, provider, vscode.DebugConfigurationProviderTriggerKind.Dynamic),
    vscode.debug.registerDebugAdapterDescriptorFactory(DEBUG_TYPE, new YieldpointAdapterFactory(context)),
    vscode.debug.registerDebugAdapterTrackerFactory(DEBUG_TYPE, {
      createDebugAdapterTracker: (session) => new LoopTracker(session, (snap) => { loopView.show(session, snap); labels.show(snap); }, () => { loopView.clear(); labels.clear(); }, () => loopView.currentFilter()),
    }),
    vscode.debug.onDidTerminateDebugSession((s) => { if (s.type === DEBUG_TYPE) { loopView.clear(); labels.clear(); } }),
    vscode.window.onDidChangeVisibleTextEditors(() => labels.render()),
    vscode.commands.registerCommand('yieldpoint.runFile', (uri?: vscode.Uri) => runFile(context, trace, uri)),
    vscode.commands.registerCommand('yieldpoint.debugFile', (uri?: vscode.Uri) => debugFile(uri)),
    vscode.commands.registerCommand('yieldpoint.focusTask', (item: LoopTaskItem | undefined) => focusTask(item)),
    vscode.commands.registerCommand('yieldpoint.filterEventLoop', async () => {
      const f = await vscode.window.showInputBox({ prompt: 'Show the tasks whose name or awaited thing contains', value: loopView.currentFilter() });
      if (f !== undefined) await loopView.setFilter(f);
    }),
    vscode.commands.registerCommand('yieldpoint.eventLoopMore', () => loopView.more()),
    vscode.commands.registerCommand('yieldpoint.openExample', (name?: unknown) => openExample(context, name)),
  );
  // The e2e reads this line for the activation budget.
  log.info(`activated in ${(performance.now() - started).toFixed(1)} ms (bundle evaluated in ${loadMs.toFixed(1)} ms)`);
}

export function deactivate(): void { /* subscriptions are disposed by VS Code */ }

// ------------------------------------------------------------------ configurations
function settings(): { clock: string; pauseOn: string[]; maxThreads: number; adapter: string } {
  const c = vscode.workspace.getConfiguration('yieldpoint');
  return {
    clock: c.get<string>('clock', 'virtual'),
    pauseOn: c.get<string[]>('pauseOn', []),
    maxThreads: c.get<number>('maxThreads', 200),
    adapter: c.get<string>('adapter', 'inline'),
  };
}

class YieldpointConfigurationProvider implements vscode.DebugConfigurationProvider {
  provideDebugConfigurations(): vscode.DebugConfiguration[] {
    return [{ type: DEBUG_TYPE, request: 'launch', name: 'Yieldpoint: current file', program: '${file}', cwd: '${fileDirname}' }];
  }

  /** F5 with no launch.json: debug the active Python file. Unset attributes take the settings. */
  resolveDebugConfiguration(_folder: vscode.WorkspaceFolder | undefined, config: vscode.DebugConfiguration): vscode.DebugConfiguration | undefined {
    if (!config.type && !config.request && !config.name) {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'python') {
        void vscode.window.showInformationMessage('Yieldpoint: open a Python file to debug it.');
        return undefined;
      }
      config.type = DEBUG_TYPE;
      config.name = 'Yieldpoint: current file';
      config.request = 'launch';
      config.program = editor.document.uri.fsPath;
      config.cwd = path.dirname(editor.document.uri.fsPath);
    }
    if (!config.program) {
      void vscode.window.showErrorMessage("Yieldpoint: the launch configuration needs 'program' (the Python file to run).");
      return undefined;
    }
    const s = settings();
    config.clock ??= s.clock;
    config.pauseOn ??= s.pauseOn;
    config.maxThreads ??= s.maxThreads;
    return config;
  }
}

class YieldpointAdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  constructor(private context: vscode.ExtensionContext) {}
  createDebugAdapterDescriptor(): vscode.DebugAdapterDescriptor {
    if (settings().adapter === 'process') {
      return new vscode.DebugAdapterExecutable(process.execPath, [this.context.asAbsolutePath('dist/cli.js'), 'dap'], { env: { ELECTRON_RUN_AS_NODE: '1' } });
    }
    // Loaded here, not at activation: the runtime loads when a session starts.
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { YieldpointSession } = require('../debugger/session') as typeof import('../debugger/session');
    return new vscode.DebugAdapterInlineImplementation(new YieldpointSession() as unknown as vscode.DebugAdapter);
  }
}

/** Watches a session's messages: on every stop it asks for the loop snapshot; on continue it clears. */
class LoopTracker implements vscode.DebugAdapterTracker {
  private generation = 0;
  constructor(private session: vscode.DebugSession, private onSnapshot: (s: LoopSnapshot) => void, private onRun: () => void, private filter: () => string) {}
  onDidSendMessage(m: { type?: string; event?: string; command?: string; success?: boolean }): void {
    if (m.type === 'event' && m.event === 'stopped') {
      const gen = ++this.generation;
      // Let VS Code ask for threads and stacks first; the snapshot comes right after.
      setTimeout(() => {
        if (gen !== this.generation) return;
        this.session.customRequest('yieldpoint/loop', { start: 0, count: PAGE, filter: this.filter() })
          .then((snap: LoopSnapshot | undefined) => { if (snap && gen === this.generation) this.onSnapshot(snap); }, () => undefined);
      }, 30);
    } else if ((m.type === 'event' && (m.event === 'continued' || m.event === 'terminated' || m.event === 'exited'))
      || (m.type === 'response' && m.success && ['continue', 'next', 'stepIn', 'stepOut', 'restart'].includes(m.command ?? ''))) {
      this.generation++;
      this.onRun();
    }
  }
}
export const PAGE = 200;

// ------------------------------------------------------------------ commands
function pythonFile(uri?: vscode.Uri): vscode.Uri | undefined {
  const u = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!u || u.scheme !== 'file') { void vscode.window.showErrorMessage('Yieldpoint: open a Python file first.'); return undefined; }
  return u;
}

let running: ChildProcess | null = null;
async function runFile(context: vscode.ExtensionContext, out: vscode.OutputChannel, uri?: vscode.Uri): Promise<void> {
  const file = pythonFile(uri);
  if (!file) return;
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString());
  if (doc?.isDirty) await doc.save();
  running?.kill();
  out.clear();
  out.show(true);
  const clock = settings().clock;
  const cli = context.asAbsolutePath('dist/cli.js');
  const child = spawn(process.execPath, [cli, 'run', '--clock', clock, '--trace', file.fsPath], {
    cwd: path.dirname(file.fsPath), env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  running = child;
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  // Program output and trace lines interleave as they come; the grammar colours the trace lines.
  child.stdout.on('data', (s: string) => out.append(s));
  child.stderr.on('data', (s: string) => out.append(s));
  child.on('close', (code) => { if (running === child) running = null; out.appendLine(`[yieldpoint] ${path.basename(file.fsPath)} exited with code ${code}`); });
}

async function debugFile(uri?: vscode.Uri): Promise<void> {
  const file = pythonFile(uri);
  if (!file) return;
  const folder = vscode.workspace.getWorkspaceFolder(file);
  await vscode.debug.startDebugging(folder, {
    type: DEBUG_TYPE, request: 'launch', name: `Yieldpoint: ${path.basename(file.fsPath)}`, program: file.fsPath, cwd: path.dirname(file.fsPath),
  });
}

/** Selecting a task in the Event Loop view: show where it is (its innermost program frame). */
async function focusTask(item: LoopTaskItem | undefined): Promise<void> {
  const t = item?.task;
  if (!t) return;
  const session = vscode.debug.activeDebugSession;
  let file = t.file;
  let line = t.line;
  if (session && session.type === DEBUG_TYPE) {
    try {
      const st = await session.customRequest('stackTrace', { threadId: t.id, startFrame: 0, levels: 20 }) as { stackFrames: Array<{ source?: { path?: string }; line: number }> };
      const top = st.stackFrames.find((f) => f.source?.path);
      if (top) { file = top.source!.path!; line = top.line; }
    } catch { /* the program moved on: use the snapshot's location */ }
  }
  if (!file || !line) return;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const pos = new vscode.Position(line - 1, 0);
  await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), preserveFocus: false, preview: true });
}
