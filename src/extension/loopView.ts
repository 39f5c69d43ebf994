// The Event Loop view (Run and Debug container): while paused, the running task (and threads), the ready queue
// in order ("runs next"), waiting tasks with what they await, timers with due times, finished tasks.
import * as vscode from 'vscode';
import type { LoopSnapshot, LoopTask } from '../runtime/debugProtocol';

type Section = 'running' | 'ready' | 'waiting' | 'timers' | 'finished';
type Node = SectionItem | LoopTaskItem | vscode.TreeItem;

class SectionItem extends vscode.TreeItem {
  constructor(readonly section: Section, label: string, description: string, expanded: boolean) {
    super(label, expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    this.description = description;
    this.contextValue = `section.${section}`;
    this.id = `section.${section}`;
  }
}

export class LoopTaskItem extends vscode.TreeItem {
  constructor(readonly task: LoopTask, label: string, description: string, stopped: boolean) {
    super(label, vscode.TreeItemCollapsibleState.None);
    this.description = description;
    this.tooltip = `${task.name} ${task.coro}\n${description}${task.file ? `\n${task.file}:${task.line}` : ''}`;
    this.iconPath = new vscode.ThemeIcon(ICONS[task.state], stopped ? new vscode.ThemeColor('debugIcon.pauseForeground') : undefined);
    this.contextValue = `task.${task.state}`;
    if (task.state !== 'done') this.command = { command: 'yieldpoint.focusTask', title: 'Show the task', arguments: [this] };
  }
}
const ICONS: Record<LoopTask['state'], string> = { running: 'debug-start', ready: 'arrow-right', waiting: 'watch', done: 'pass' };

function where(t: LoopTask): string {
  return t.file ? `${t.file.replace(/^.*[\\/]/, '')}:${t.line}` : '';
}
function fmtTime(s: number): string { return `${s.toFixed(3)} s`; }

export class EventLoopView implements vscode.TreeDataProvider<Node> {
  private changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private snap: LoopSnapshot | null = null;
  private session: vscode.DebugSession | null = null;
  private filter = '';
  private view: vscode.TreeView<Node> | null = null;

  attach(view: vscode.TreeView<Node>): void { this.view = view; this.updateChrome(); }
  currentFilter(): string { return this.filter; }

  show(session: vscode.DebugSession, snap: LoopSnapshot): void {
    this.session = session;
    this.snap = snap;
    this.updateChrome();
    this.changed.fire(undefined);
  }
  clear(): void {
    this.snap = null;
    this.updateChrome();
    this.changed.fire(undefined);
  }
  async setFilter(f: string): Promise<void> {
    this.filter = f.trim();
    await this.reload(0, this.snap ? Math.max(this.snap.waiting.length, 200) : 200);
  }
  /** The next page of waiting tasks. */
  async more(): Promise<void> {
    if (!this.snap) return;
    await this.reload(0, this.snap.waiting.length + 200);
  }
  private async reload(start: number, count: number): Promise<void> {
    if (!this.session || !this.snap) { this.updateChrome(); return; }
    try {
      const snap = await this.session.customRequest('yieldpoint/loop', { start, count, filter: this.filter }) as LoopSnapshot | undefined;
      if (snap) this.snap = snap;
    } catch { /* running again */ }
    this.updateChrome();
    this.changed.fire(undefined);
  }
  private updateChrome(): void {
    if (!this.view) return;
    const s = this.snap;
    this.view.description = s ? `t = ${fmtTime(s.time)} (${s.realtime ? 'real' : 'virtual'})${this.filter ? ` · filter: ${this.filter}` : ''}` : '';
    this.view.message = s ? undefined : 'Pause a Yieldpoint session to see its event loop.';
  }

  getTreeItem(n: Node): vscode.TreeItem { return n; }

  getChildren(n?: Node): Node[] {
    const s = this.snap;
    if (!s) return [];
    if (!n) {
      const ready = s.ready.length;
      return [
        new SectionItem('running', 'Running', s.threads.length ? `${s.threads[0].name} ${s.threads[0].coro} (thread)`
          : s.running ? `${s.running.name} ${s.running.coro}` : 'nothing (the loop is between steps)', true),
        new SectionItem('ready', 'Ready queue — runs next', ready ? `${ready} in order` : 'empty', true),
        new SectionItem('waiting', 'Waiting', s.waitingTotal === s.waiting.length ? `${s.waitingTotal}` : `${s.waiting.length} of ${s.waitingTotal}`, true),
        new SectionItem('timers', 'Timers', s.timers.length ? `${s.timers.length}, next at ${fmtTime(s.timers[0].due)}` : 'none', s.timers.length <= 20),
        new SectionItem('finished', 'Finished', `${s.finished.length}`, false),
      ];
    }
    if (!(n instanceof SectionItem)) return [];
    const stopped = (t: LoopTask) => t.id === s.stoppedThread;
    switch (n.section) {
      case 'running': {
        const threads = s.threads.map((t) => new LoopTaskItem(t, `${t.name} ${t.coro}`, `thread · ${t.state} · ${where(t)}`, stopped(t)));
        return s.running ? [...threads, new LoopTaskItem(s.running, `${s.running.name} ${s.running.coro}`, `running · ${where(s.running)}`, stopped(s.running))] : threads;
      }
      case 'ready': return s.ready.map((r, i) => {
        if (r.task) return new LoopTaskItem(r.task, `${i + 1}. ${r.task.name} ${r.task.coro}`, `${i === 0 ? 'runs next' : 'ready'} · ${where(r.task)}`, stopped(r.task));
        const it = new vscode.TreeItem(`${i + 1}. callback ${r.callback}`);
        it.iconPath = new vscode.ThemeIcon('symbol-event');
        it.description = i === 0 ? 'runs next' : '';
        return it;
      });
      case 'waiting': {
        const items: Node[] = s.waiting.map((t) => new LoopTaskItem(t, `${t.name} ${t.coro}`, `waiting: ${t.awaits ?? '?'} · ${where(t)}`, stopped(t)));
        if (s.waiting.length < s.waitingTotal) {
          const more = new vscode.TreeItem(`Show more (${s.waitingTotal - s.waiting.length} left)…`);
          more.command = { command: 'yieldpoint.eventLoopMore', title: 'Show more' };
          more.iconPath = new vscode.ThemeIcon('ellipsis');
          items.push(more);
        }
        return items;
      }
      case 'timers': return s.timers.map((t) => {
        const it = new vscode.TreeItem(`at ${fmtTime(t.due)}`);
        it.description = `${t.what} · in ${fmtTime(Math.max(0, t.due - s.time))}`;
        it.iconPath = new vscode.ThemeIcon('clock');
        return it;
      });
      case 'finished': return s.finished.map((t) => new LoopTaskItem(t, `${t.name} ${t.coro}`, t.outcome ?? 'done', false));
    }
  }
}
