// Inline task labels while paused: every task's current line ends with
// `⏸ Task-2 worker('A') · waiting: sleep 0.5s` — the call stack only shows the selected thread's line.
import * as vscode from 'vscode';
import type { LoopSnapshot, LoopTask } from '../runtime/debugProtocol';

export class TaskLabels implements vscode.Disposable {
  private type = vscode.window.createTextEditorDecorationType({
    after: { color: new vscode.ThemeColor('editorCodeLens.foreground'), fontStyle: 'italic', margin: '0 0 0 2em' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  /** file -> line -> labels */
  private byFile = new Map<string, Map<number, string[]>>();

  show(snap: LoopSnapshot): void {
    this.byFile.clear();
    const add = (t: LoopTask, icon: string, state: string) => {
      if (!t.file || !t.line) return;
      let lines = this.byFile.get(t.file);
      if (!lines) this.byFile.set(t.file, (lines = new Map()));
      const arr = lines.get(t.line) ?? [];
      arr.push(`${t.id === snap.stoppedThread ? '⏸' : icon} ${t.name} ${t.coro} · ${state}`);
      lines.set(t.line, arr);
    };
    if (snap.running) add(snap.running, '▶', 'running');
    snap.ready.forEach((r, i) => { if (r.task) add(r.task, '→', i === 0 ? 'ready (runs next)' : `ready (#${i + 1})`); });
    for (const t of snap.waiting) add(t, '⏸', `waiting: ${t.awaits ?? '?'}`);
    this.render();
  }
  clear(): void {
    this.byFile.clear();
    this.render();
  }
  render(): void {
    for (const ed of vscode.window.visibleTextEditors) {
      const lines = this.byFile.get(ed.document.uri.fsPath);
      const opts: vscode.DecorationOptions[] = [];
      if (lines) {
        for (const [line, labels] of lines) {
          if (line - 1 >= ed.document.lineCount) continue;
          const end = ed.document.lineAt(line - 1).range.end;
          opts.push({ range: new vscode.Range(end, end), renderOptions: { after: { contentText: labels.join('   ') } } });
        }
      }
      ed.setDecorations(this.type, opts);
    }
  }
  dispose(): void { this.type.dispose(); }
}
