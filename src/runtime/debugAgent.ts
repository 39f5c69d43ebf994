// The debug agent inside the runtime worker. It owns breakpoints, stepping and the pause filters,
// and while the program is paused it blocks the worker (Atomics.wait) and answers inspection
// requests: threads (one per live task), stacks, scopes, variables, evaluate.
import { receiveMessageOnPort, MessagePort } from 'node:worker_threads';
import { PyObject, PyVal, None, PyFloat, PyFunction } from './object';
import { PyList, PyTuple, typeOf } from './types';
import { PyDict, PySet } from './dict';
import { PyException } from './exceptions';
import { Frame, T, state } from './frame';
import { PyGenerator } from './generator';
import { repr, getattrOpt, truthy, call } from './ops';
import { observers, awaitChain, coroLabel, describeAwait, runningLoop, loopConfig, LoopEvent } from './loopObserver';
import { clock } from './clock';
import {
  CTL, AgentRequest, AgentEvent, StepMode, BreakpointSpec, FilterSpec, ThreadInfo, FrameInfo, ScopeInfo, VariableInfo,
} from './debugProtocol';

export interface AgentHost {
  /** Evaluates a Python expression with the given locals over the program's globals. */
  evaluate(expr: string, locals: Map<string, PyVal>): PyVal;
  formatException(e: PyException): string;
}

interface TaskInfo { id: number; task: PyVal; name: string; state: string; awaits: string; createdAt: string; result: string }
interface Step { mode: StepMode; task: PyVal; frame: Frame | null }
interface Bp extends BreakpointSpec { hits: number }

const MAIN_THREAD = 1;

export class DebugAgent {
  private tasks = new Map<PyVal, TaskInfo>();
  private nextId = 2;
  private current: PyVal = null;
  private step: Step | null = null;
  private bps = new Map<string, Map<number, Bp>>();
  private functionBps = new Set<string>();
  private filters = new Map<string, FilterSpec>();
  private lastException: PyException | null = null;
  /** Handles valid while paused: frames and expandable values. */
  private frames: Frame[] = [];
  private refs: Array<{ kind: 'locals' | 'globals' | 'task' | 'loop'; frame?: Frame; task?: PyVal } | { kind: 'value'; value: PyVal }> = [];
  private stoppedThread = MAIN_THREAD;
  /** VS Code's call stack view slows past a few hundred threads: list at most this many tasks. */
  maxThreads = 200;

  constructor(private ctl: Int32Array, private port: MessagePort, private post: (e: AgentEvent) => void, private host: AgentHost) {
    observers.push((e, now) => this.onLoopEvent(e, now));
    T.armed = true;
    state.trap = (f) => this.onStatement(f);
  }

  configure(c: { stopOnEntry: boolean; breakpoints: Array<{ file: string; breakpoints: BreakpointSpec[] }>; functionBreakpoints: string[]; filters: FilterSpec[] }): void {
    for (const b of c.breakpoints) this.handle({ cmd: 'breakpoints', file: b.file, breakpoints: b.breakpoints });
    this.functionBps = new Set(c.functionBreakpoints);
    this.filters = new Map(c.filters.map((f) => [f.id, f]));
    if (c.stopOnEntry) this.step = { mode: 'in', task: null, frame: null };
  }

  // ------------------------------------------------------------------ hooks from the runtime
  /** Runs once per statement: breakpoints, steps and pause requests. */
  onStatement(f: Frame): boolean {
    if (Atomics.load(this.ctl, CTL.TERMINATE)) throw new TerminateSignal();
    if (Atomics.load(this.ctl, CTL.PAUSE)) {
      Atomics.store(this.ctl, CTL.PAUSE, 0);
      this.pause('pause', 'Paused');
      return true;
    }
    const s = this.step;
    if (s && this.stepDone(s, f)) {
      this.step = null;
      this.pause('step', this.current !== s.task ? `Stepped into ${this.threadLabel(this.current)}` : 'Step');
      return true;
    }
    const fileBps = this.bps.get(f.code.filename);
    const bp = fileBps?.get(f.l);
    if (bp && (bp.mode ?? 'line') === 'line' && this.bpHit(bp, f)) {
      const cancelled = this.step !== null;
      this.step = null;
      this.pause('breakpoint', cancelled ? `Breakpoint hit by ${this.threadLabel(this.current)} (step cancelled)` : `Breakpoint at line ${f.l}`);
      return true;
    }
    if (this.functionBps.size && f.l === f.code.firstLine && this.functionBps.has(f.code.name) && isFirstStatement(f)) {
      this.pause('function breakpoint', `Function breakpoint: ${f.code.name}`);
      return true;
    }
    return false;
  }

  onException(e: PyException, uncaught: boolean): void {
    this.lastException = e;
    const id = uncaught ? 'uncaught' : 'raised';
    if (!this.filterMatches(id)) return;
    this.pause('exception', `${uncaught ? 'Uncaught' : 'Raised'} ${typeOf(e).name}: ${safeStr(e)}`, safeStr(e));
  }

  private onLoopEvent(e: LoopEvent, _now: number): void {
    switch (e.kind) {
      case 'created': {
        const info: TaskInfo = { id: this.nextId++, task: e.task, name: e.name, state: 'ready', awaits: '', createdAt: e.where ? `${e.where.file}:${e.where.line}` : '?', result: '' };
        this.tasks.set(e.task, info);
        this.post({ type: 'thread', reason: 'started', threadId: info.id });
        if (this.filterMatches('taskCreated', e.task)) this.pause('taskCreated', `Task created: ${e.name} ${e.coro}`);
        return;
      }
      case 'resumes': {
        this.current = e.task;
        const t = this.tasks.get(e.task);
        if (t) { t.state = 'running'; t.name = e.name; t.awaits = ''; }
        if (this.filterMatches('resume', e.task) || this.modeBp('resume', e.line)) this.pause('resume', `Resumed: ${e.name}`);
        return;
      }
      case 'yields': {
        const t = this.tasks.get(e.task);
        if (t) { t.state = 'waiting'; t.awaits = e.awaits; t.name = e.name; }
        this.current = null;
        if (this.filterMatches('yield', e.task) || this.modeBp('yield', e.line)) {
          this.pause('yield', `Paused on yield: ${e.name} awaits ${e.awaits}; next: ${this.nextReady()}`, undefined, e.task);
        }
        return;
      }
      case 'done': {
        const t = this.tasks.get(e.task);
        if (this.current === e.task) this.current = null;
        if (this.filterMatches('taskDone', e.task)) this.pause('taskDone', `Task finished: ${e.name} (${e.outcome})`, undefined, e.task);
        if (t) {
          this.tasks.delete(e.task);
          this.post({ type: 'thread', reason: 'exited', threadId: t.id });
        }
        return;
      }
    }
  }

  private modeBp(mode: 'yield' | 'resume', line: number | null): boolean {
    if (line === null) return false;
    const bp = this.bps.get(loopConfig.programFile)?.get(line);
    return !!bp && bp.mode === mode;
  }

  private filterMatches(id: string, task?: PyVal): boolean {
    const f = this.filters.get(id);
    if (!f) return false;
    if (!f.condition) return true;
    try { return truthy(this.host.evaluate(f.condition, new Map([['task', task ?? None]]))); } catch { return false; }
  }

  private bpHit(bp: Bp, f: Frame): boolean {
    if (bp.condition) {
      try { if (!truthy(this.host.evaluate(bp.condition, localsOf(f)))) return false; } catch { return false; }
    }
    bp.hits++;
    if (bp.hitCondition && !hitMatches(bp.hitCondition, bp.hits)) return false;
    if (bp.logMessage !== undefined) {
      const text = bp.logMessage.replace(/\{([^}]+)\}/g, (_, ex: string) => {
        try { const v = this.host.evaluate(ex, localsOf(f)); return typeof v === 'string' ? v : repr(v); } catch (e) { return `<${e instanceof PyException ? typeOf(e).name : 'error'}>`; }
      });
      this.post({ type: 'output', category: 'console', text: text + '\n', file: f.code.filename, line: f.l });
      return false;
    }
    return true;
  }

  /**
   * Steps stop only in the program's own code (not in library modules). Over and Out stay with the
   * stepping task: other tasks run meanwhile, and a frame suspended at an await is not "returned".
   */
  private stepDone(s: Step, f: Frame): boolean {
    if (f.code.filename.startsWith('<')) return false;
    if (s.mode === 'in') return true;
    const taskDone = s.task !== null && !this.tasks.has(s.task);
    if (this.current !== s.task && !taskDone) return false;
    if (s.frame === null) return true;
    if (s.mode === 'over' && f === s.frame) return true;
    return s.frame.returned;
  }

  // ------------------------------------------------------------------ pausing
  /** Blocks the worker until the debugger resumes it, answering requests meanwhile. */
  private pause(reason: string, description: string, text?: string, task?: PyVal): void {
    const t = task !== undefined ? task : this.current;
    this.stoppedThread = t && this.tasks.has(t) ? this.tasks.get(t)!.id : MAIN_THREAD;
    this.frames = [];
    this.refs = [];
    this.post({ type: 'stopped', reason, threadId: this.stoppedThread, description, text });
    Atomics.store(this.ctl, CTL.STATE, 1);
    for (;;) {
      if (Atomics.load(this.ctl, CTL.TERMINATE)) throw new TerminateSignal();
      let m = receiveMessageOnPort(this.port);
      while (m) {
        const { id, req } = m.message as { id: number; req: AgentRequest };
        if (req.cmd === 'resume') {
          this.resume(req.mode, req.threadId);
          this.post({ type: 'response', id, ok: true });
          Atomics.store(this.ctl, CTL.STATE, 0);
          return;
        }
        this.answer(id, req);
        m = receiveMessageOnPort(this.port);
      }
      Atomics.wait(this.ctl, CTL.STATE, 1, 250);
      if (Atomics.load(this.ctl, CTL.STATE) === 2) Atomics.store(this.ctl, CTL.STATE, 1);
    }
  }

  private resume(mode: StepMode, threadId: number): void {
    if (mode === 'continue') { this.step = null; return; }
    const task = this.taskById(threadId);
    const frame = task !== null && task !== undefined ? this.topFrameOf(task) : state.cur;
    this.step = { mode, task: task ?? null, frame: mode === 'in' ? null : frame };
  }

  /** Requests that do not need a pause (breakpoints, filters) are answered at the next chance. */
  pollRequests(): void {
    let m = receiveMessageOnPort(this.port);
    while (m) {
      const { id, req } = m.message as { id: number; req: AgentRequest };
      this.answer(id, req);
      m = receiveMessageOnPort(this.port);
    }
  }

  private answer(id: number, req: AgentRequest): void {
    try {
      this.post({ type: 'response', id, ok: true, body: this.handle(req) });
    } catch (e) {
      const msg = e instanceof PyException ? `${typeOf(e).name}: ${safeStr(e)}` : String((e as Error).message ?? e);
      this.post({ type: 'response', id, ok: false, error: msg });
    }
  }

  private handle(req: AgentRequest): unknown {
    switch (req.cmd) {
      case 'threads': return this.threads();
      case 'stack': return this.stack(req.threadId);
      case 'scopes': return this.scopes(req.frameId);
      case 'variables': return this.variables(req.ref, req.start, req.count);
      case 'evaluate': return this.evaluate(req.expression, req.frameId);
      case 'exceptionInfo': {
        const e = this.lastException;
        if (!e) return null;
        return { exceptionId: typeOf(e).name, description: safeStr(e), details: this.host.formatException(e) };
      }
      case 'breakpoints': {
        const m = new Map<number, Bp>();
        for (const b of req.breakpoints) m.set(b.line, { ...b, hits: 0 });
        this.bps.set(req.file, m);
        return null;
      }
      case 'functionBreakpoints': this.functionBps = new Set(req.names); return null;
      case 'filters': this.filters = new Map(req.filters.map((f) => [f.id, f])); return null;
      case 'setVariable': throw new Error('setVariable is not supported yet');
      case 'resume': return null;
    }
  }

  // ------------------------------------------------------------------ inspection
  private taskById(id: number): PyVal {
    for (const t of this.tasks.values()) if (t.id === id) return t.task;
    return null;
  }
  private threadLabel(task: PyVal): string {
    const t = task ? this.tasks.get(task) : undefined;
    return t ? t.name : 'main';
  }
  private nextReady(): string {
    const ready = getattrOpt(runningLoop.loop, '_ready');
    const items: PyVal[] = ready && (ready as { live?: () => PyVal[] }).live ? (ready as unknown as { live: () => PyVal[] }).live() : [];
    for (const h of items) {
      const cb = getattrOpt(h, '_callback');
      const owner = cb && getattrOpt(cb, '__self__');
      if (owner && this.tasks.has(owner)) return this.tasks.get(owner)!.name;
    }
    return items.length ? 'a callback' : 'nothing ready';
  }

  threads(): ThreadInfo[] {
    const order: TaskInfo[] = [];
    const stopped = [...this.tasks.values()].find((t) => t.id === this.stoppedThread);
    if (stopped) order.push(stopped);
    for (const t of this.tasks.values()) if (t !== stopped && t.task === this.current) order.push(t);
    for (const t of this.tasks.values()) if (!order.includes(t)) order.push(t);
    const main: ThreadInfo = { id: MAIN_THREAD, name: 'main (event loop)' };
    const out: ThreadInfo[] = this.stoppedThread === MAIN_THREAD ? [main] : [];
    for (const t of order.slice(0, this.maxThreads)) out.push({ id: t.id, name: this.threadName(t) });
    if (this.stoppedThread !== MAIN_THREAD) out.push(main);
    return out;
  }
  private threadName(t: TaskInfo): string {
    const coro = getattrOpt(t.task, '_coro');
    const live = getattrOpt(t.task, '_name');
    if (typeof live === 'string') t.name = live;
    const state = t.task === this.current ? 'running' : t.state === 'waiting' ? `waiting: ${t.awaits}` : 'ready';
    return `${t.name} ${coroLabel(coro)} · ${state}`;
  }

  private topFrameOf(task: PyVal): Frame | null {
    const chain = this.framesOf(task);
    return chain.length ? chain[0] : null;
  }
  /** A task's frames, innermost first, down to its root coroutine. */
  private framesOf(task: PyVal): Frame[] {
    const coro = getattrOpt(task, '_coro');
    if (!(coro instanceof PyGenerator)) return [];
    if (task === this.current) {
      const out: Frame[] = [];
      for (let f = state.cur; f; f = f.back) { out.push(f); if (f === coro.frame) break; }
      return out;
    }
    return awaitChain(coro).reverse();
  }

  stack(threadId: number): FrameInfo[] {
    const task = this.taskById(threadId);
    let frames: Frame[];
    if (task) frames = this.framesOf(task);
    else {
      frames = [];
      const root = this.current ? (getattrOpt(getattrOpt(this.current, '_coro'), 'cr_frame') && (getattrOpt(this.current, '_coro') as PyGenerator).frame) : null;
      let inTask = !!root;
      for (let f = state.cur; f; f = f.back) {
        if (inTask) { if (f === root) inTask = false; continue; }
        frames.push(f);
      }
    }
    const out: FrameInfo[] = frames.map((f) => {
      const id = this.frames.push(f);
      const lib = f.code.filename.startsWith('<');
      return { id, name: f.code.qualname, file: lib ? null : f.code.filename, line: f.l || f.code.firstLine, column: 1, hint: lib ? 'subtle' : undefined };
    });
    if (task) {
      const waiter = this.awaitedBy(task);
      if (waiter) out.push({ id: 0, name: waiter, file: null, line: 0, column: 0, hint: 'label' });
    }
    return out;
  }
  /** "awaited by Task-1 main() — line 12" when another task waits on this one. */
  private awaitedBy(task: PyVal): string | null {
    for (const t of this.tasks.values()) {
      if (t.task === task) continue;
      const w = getattrOpt(t.task, '_fut_waiter');
      if (w === task) {
        const coro = getattrOpt(t.task, '_coro');
        const top = awaitChain(coro).filter((f) => f.code.filename === loopConfig.programFile).pop();
        return `awaited by ${t.name} ${coroLabel(coro)} — line ${top ? top.l : '?'}`;
      }
    }
    return null;
  }

  scopes(frameId: number): ScopeInfo[] {
    const f = this.frames[frameId - 1];
    if (!f) throw new Error(`unknown frame ${frameId}`);
    const out: ScopeInfo[] = [];
    if (!f.globals) out.push({ name: 'Locals', ref: this.ref({ kind: 'locals', frame: f }), expensive: false });
    out.push({ name: 'Globals', ref: this.ref({ kind: 'globals', frame: f }), expensive: false });
    const task = this.taskOfFrame(f);
    if (task) out.push({ name: 'Task', ref: this.ref({ kind: 'task', task }), expensive: false });
    if (frameId === 1 || task) out.push({ name: 'Event Loop', ref: this.ref({ kind: 'loop' }), expensive: false });
    return out;
  }
  private taskOfFrame(f: Frame): PyVal {
    for (const t of this.tasks.values()) if (this.framesOf(t.task)[0] === f) return t.task;
    return null;
  }
  private ref(r: DebugAgent['refs'][number]): number { return this.refs.push(r); }

  variables(ref: number, start = 0, count?: number): VariableInfo[] {
    const r = this.refs[ref - 1];
    if (!r) throw new Error(`unknown variables reference ${ref}`);
    switch (r.kind) {
      case 'locals': return [...localsOf(r.frame!)].map(([k, v]) => this.variable(k, v));
      case 'globals': return [...programGlobals()].filter(([k]) => !k.startsWith('__')).map(([k, v]) => this.variable(k, v));
      case 'task': return this.taskVariables(r.task);
      case 'loop': return this.loopVariables();
      case 'value': return this.children(r.value, start, count);
    }
  }
  private variable(name: string, v: PyVal): VariableInfo {
    const expandable = v instanceof PyObject && !(v instanceof PyFloat) && (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet || (v.dict !== null && v.dict.size > 0));
    const info: VariableInfo = { name, value: safeRepr(v), type: typeOf(v).name, ref: expandable ? this.ref({ kind: 'value', value: v }) : 0 };
    if (v instanceof PyList || v instanceof PyTuple) info.indexed = v.items.length;
    else if (v instanceof PyDict || v instanceof PySet) info.named = v.t.size;
    return info;
  }
  private children(v: PyVal, start: number, count?: number): VariableInfo[] {
    const end = count ? start + count : undefined;
    if (v instanceof PyList || v instanceof PyTuple) return v.items.slice(start, end).map((x, i) => this.variable(String(start + i), x));
    if (v instanceof PyDict) { const out: VariableInfo[] = []; for (const i of v.t.slots()) out.push(this.variable(safeRepr(v.t.keys[i]), v.t.vals[i])); return out.slice(start, end); }
    if (v instanceof PySet) return v.keys().slice(start, end).map((x, i) => this.variable(String(start + i), x));
    if (v instanceof PyObject && v.dict) return [...v.dict].map(([k, x]) => this.variable(k, x));
    return [];
  }
  private taskVariables(task: PyVal): VariableInfo[] {
    const t = this.tasks.get(task);
    const text = (name: string, value: string): VariableInfo => ({ name, value, type: 'str', ref: 0 });
    if (!t) return [];
    const out = [
      text('name', t.name),
      text('state', task === this.current ? 'running' : t.state),
      text('awaits', t.awaits || '—'),
      text('created at', t.createdAt),
      text('cancel requests', String(getattrOpt(task, '_num_cancels_requested') ?? 0)),
    ];
    const waiter = this.awaitedBy(task);
    if (waiter) out.push(text('awaited by', waiter.replace(/^awaited by /, '')));
    return out;
  }
  private loopVariables(): VariableInfo[] {
    const loop = runningLoop.loop;
    const text = (name: string, value: string): VariableInfo => ({ name, value, type: 'str', ref: 0 });
    const out = [text('clock', `${clock.now().toFixed(6)} s (${clock.realtime ? 'real' : 'virtual'})`)];
    if (loop === None || loop === undefined) return out;
    const ready = getattrOpt(loop, '_ready') as unknown as { live?: () => PyVal[] };
    const readyItems = ready?.live ? ready.live() : [];
    const labels = readyItems.map((h) => {
      const cb = getattrOpt(h, '_callback');
      const owner = cb && cb !== None ? getattrOpt(cb, '__self__') : undefined;
      return owner && this.tasks.has(owner) ? this.tasks.get(owner)!.name : safeRepr(h);
    });
    out.push({ name: 'ready queue', value: labels.join(', ') || '(empty)', type: 'list', ref: this.ref({ kind: 'value', value: new PyList(labels) }), indexed: labels.length });
    const sched = getattrOpt(loop, '_scheduled');
    const timers = sched instanceof PyList ? sched.items.filter((h) => !truthy(getattrOpt(h, '_cancelled'))) : [];
    timers.sort((a, b) => Number((getattrOpt(a, '_when') as PyFloat).v) - Number((getattrOpt(b, '_when') as PyFloat).v));
    const tl = timers.map((h) => `at ${((getattrOpt(h, '_when') as PyFloat).v).toFixed(3)}: ${describeTimer(h)}`);
    out.push({ name: 'timers', value: tl.length ? tl.join('; ') : '(none)', type: 'list', ref: this.ref({ kind: 'value', value: new PyList(tl) }), indexed: tl.length });
    return out;
  }

  evaluate(expression: string, frameId?: number): VariableInfo {
    const f = frameId ? this.frames[frameId - 1] : undefined;
    const v = this.host.evaluate(expression, f ? localsOf(f) : new Map());
    return this.variable(expression, v);
  }
}

export class TerminateSignal extends Error {}

function describeTimer(h: PyVal): string {
  const args = getattrOpt(h, '_args') as unknown as { items?: PyVal[] };
  const first = args?.items?.[0];
  const cb = getattrOpt(h, '_callback');
  const d = first !== undefined ? describeAwait(first) : '';
  const name = cb && cb !== None ? getattrOpt(cb, '__qualname__') : 'cancelled';
  return d && d !== typeOf(first).name ? d : String(name);
}
function isFirstStatement(f: Frame): boolean { return f.v !== null; }
function hitMatches(cond: string, hits: number): boolean {
  const m = /^\s*(>=|<=|==|>|<|%)?\s*(\d+)\s*$/.exec(cond);
  if (!m) return true;
  const n = Number(m[2]);
  switch (m[1]) {
    case '>=': return hits >= n;
    case '<=': return hits <= n;
    case '>': return hits > n;
    case '<': return hits < n;
    case '%': return hits % n === 0;
    default: return hits === n;
  }
}
export function localsOf(f: Frame): Map<string, PyVal> {
  const out = new Map<string, PyVal>();
  if (f.globals) return out;
  const names = f.code.varnames;
  const vals = f.v ?? [];
  for (let i = 0; i < names.length; i++) if (vals[i] !== undefined) out.set(names[i], vals[i]);
  return out;
}
let globalsProvider: () => Map<string, PyVal> = () => new Map();
export function setProgramGlobals(f: () => Map<string, PyVal>): void { globalsProvider = f; }
function programGlobals(): Map<string, PyVal> { return globalsProvider(); }
function safeRepr(v: PyVal): string {
  try { const r = repr(v); return r.length > 500 ? r.slice(0, 497) + '...' : r; } catch (e) { return `<repr failed: ${e instanceof PyException ? typeOf(e).name : 'error'}>`; }
}
function safeStr(e: PyException): string {
  try { return String(call(getattrOpt(e, '__str__'), [])); } catch { return ''; }
}
export { PyFunction };
