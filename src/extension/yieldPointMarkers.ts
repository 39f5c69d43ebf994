// Gutter markers on the lines where a task can yield, in every visible Python editor while a
// Yieldpoint session runs (the Python grammar injection colours the keywords at all times).
import * as vscode from 'vscode';
import { yieldPointLines } from './yieldPoints';

const MARKERS_SETTING = 'yieldpoint.yieldPointMarkers';

export class YieldPointMarkers implements vscode.Disposable {
  /** Created on first use: activation stays cheap when no session ever starts. */
  private type: vscode.TextEditorDecorationType | undefined;
  private sessions = new Set<string>();
  private cache = new WeakMap<vscode.TextDocument, { version: number; lines: number[] }>();
  private pending: NodeJS.Timeout | undefined;
  private subscriptions: vscode.Disposable[];

  constructor(debugType: string, private readonly iconPath: vscode.Uri) {
    this.subscriptions = [
      vscode.debug.onDidStartDebugSession((s) => { if (s.type === debugType) { this.sessions.add(s.id); this.render(); } }),
      vscode.debug.onDidTerminateDebugSession((s) => { if (this.sessions.delete(s.id)) this.render(); }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.render()),
      vscode.workspace.onDidChangeTextDocument((e) => { if (this.shown() && e.document.languageId === 'python') this.renderSoon(); }),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration(MARKERS_SETTING)) this.render(); }),
    ];
    const s = vscode.debug.activeDebugSession;
    if (s?.type === debugType) this.sessions.add(s.id);
  }

  private shown(): boolean {
    return this.sessions.size > 0 && vscode.workspace.getConfiguration().get<boolean>(MARKERS_SETTING, true);
  }

  private renderSoon(): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => this.render(), 250);
  }

  render(): void {
    const shown = this.shown();
    if (!shown && !this.type) return;
    this.type ??= vscode.window.createTextEditorDecorationType({ gutterIconPath: this.iconPath, gutterIconSize: '75%' });
    for (const ed of vscode.window.visibleTextEditors) {
      const lines = shown && ed.document.languageId === 'python' ? this.lines(ed.document) : [];
      ed.setDecorations(this.type, lines.map((l) => new vscode.Range(l - 1, 0, l - 1, 0)));
    }
  }

  private lines(doc: vscode.TextDocument): number[] {
    const hit = this.cache.get(doc);
    if (hit?.version === doc.version) return hit.lines;
    const lines = yieldPointLines(doc.getText());
    this.cache.set(doc, { version: doc.version, lines });
    return lines;
  }

  dispose(): void {
    clearTimeout(this.pending);
    this.type?.dispose();
    for (const d of this.subscriptions) d.dispose();
  }
}
