// The debug agent inside the runtime worker. It owns breakpoints, stepping and the pause filters,
// and while the program is paused it blocks the worker (Atomics.wait) and answers inspection
// requests: threads (one per live task), stacks, scopes, variables, evaluate.
import { receiveMessageOnPort, MessagePort } from 'node:worker_threads';
import { PyObject, PyVal, None, PyFloat, PyFunction } from './object';
import { PyList, PyTuple, typeOf } from './types';
import { PyDict, PySet } from './dict';
import { PyException } from './exceptions';
import { Frame, T, state } from './frame';
import { PySyntaxError } from './sourceError';
import { PyGenerator } from './generator';
import { repr, getattrOpt, truthy, call, setattr, setitem } from './ops';
import { observers, awaitChain, coroLabel, describeAwait, runningLoop, loopConfig, LoopEvent } from './loopObserver';
import { clock } from './clock';
import { PyLoop } from './eventLoop';
import { PyHandle } from './handle';
import { threadRuns, ThreadRun } from './threads';
import {
  CTL, AgentRequest, AgentEvent, StepMode, BreakpointSpec, FilterSpec, FunctionBreakpointSpec, ThreadInfo, FrameInfo, ScopeInfo, VariableInfo, CompletionInfo,
  LoopTask, LoopSnapshot, splitLogMessage, logExpression,
} from './debugProtocol';

export interface AgentHost {
  /** Evaluates a Python expression with the given locals over the program's globals. */
  /** Stops a Python-level evaluation that runs past `limitMs` (default: a few seconds) with TimeoutError. */
  evaluate(expr: string, locals: Map<string, PyVal>, limitMs?: number): PyVal;
  formatException(e: PyException): string;
  /** The builtins namespace (for completions). */
  builtins(): Map<string, PyVal>;
}

interface TaskInfo { id: number; task: PyVal; name: string; state: string; awaits: string; createdAt: string; result: string }
/** A step stays with its task, or with its thread's work (`run`) when it began in another thread. */
interface Step { mode: StepMode | 'entry'; task: PyVal; run: ThreadRun | null; taskName: string; frame: Frame | null }
interface Bp extends BreakpointSpec { hits: number }
interface FunctionBp extends FunctionBreakpointSpec { hits: number }
/** A value's `path` is the Python expression that reads it (its children's evaluateName builds on it). */
type Ref = { kind: 'locals' | 'globals' | 'task' | 'loop'; frame?: Frame; task?: PyVal } | { kind: 'value'; value: PyVal; path?: string };

const MAIN_THREAD = 1;
const FINISHED_KEPT = 100;

export class DebugAgent {
  private tasks = new Map<PyVal, TaskInfo>();
  private byId = new Map<number, TaskInfo>();
  /** The frame stopped at a statement (its locals can be written back), or null. */
  private trapFrame: Frame | null = null;
  private localsChanged = false;
  private nextId = 2;
  private current: PyVal = null;
  private step: Step | null = null;
  private bps = new Map<string, Map<number, Bp>>();
  private functionBps = new Map<string, FunctionBp>();
  private filters = new Map<string, FilterSpec>();
  /** The exception the program is stopped on (exceptionInfo), or null when stopped for another reason. */
  private stoppedException: { e: PyException; uncaught: boolean } | null = null;
  /** Handles valid while paused: frames and expandable values. Ids are never reused in a session,
   * so an id from an earlier pause is refused instead of naming something else. */
  private frames = new Map<number, Frame>();
  private refs = new Map<number, Ref>();
  private handleSeq = 0;
  /** Frames that are the top of a stack trace: they also get the Event Loop scope. */
  private topFrames = new Set<number>();
  /** The "awaited by" label frames: no scopes. */
  private labelFrames = new Set<number>();
  private stoppedThread = MAIN_THREAD;
  /** VS Code's call stack view slows past a few hundred threads: list at most this many tasks. */
  maxThreads = 200;

  constructor(private ctl: Int32Array, private port: MessagePort, private post: (e: AgentEvent) => void, private host: AgentHost) {
    T.record = true;
    observers.push((e, now) => this.onLoopEvent(e, now));
    T.armed = true;
    state.trap = (f) => this.onStatement(f);
  }

  configure(c: { stopOnEntry: boolean; breakpoints: Array<{ file: string; breakpoints: BreakpointSpec[] }>; functionBreakpoints: FunctionBreakpointSpec[]; filters: FilterSpec[]; maxThreads?: number }): void {
    if (c.maxThreads && c.maxThreads > 0) this.maxThreads = c.maxThreads;
    for (const b of c.breakpoints) this.handle({ cmd: 'breakpoints', file: b.file, breakpoints: b.breakpoints });
    this.handle({ cmd: 'functionBreakpoints', breakpoints: c.functionBreakpoints });
    this.filters = new Map(c.filters.map((f) => [f.id, f]));
    if (c.stopOnEntry) this.step = { mode: 'entry', task: null, run: null, taskName: 'main', frame: null };
  }

  // ------------------------------------------------------------------ hooks from the runtime
  /** Runs once per statement: breakpoints, steps and pause requests. */
  onStatement(f: Frame): boolean {
    if (Atomics.load(this.ctl, CTL.TERMINATE)) throw new TerminateSignal();
    if (this.pendingCreated.length && !f.code.filename.startsWith('<')) this.flushCreated();
    if (Atomics.load(this.ctl, CTL.PAUSE)) {
      Atomics.store(this.ctl, CTL.PAUSE, 0);
      return this.pauseAt(f, 'pause', 'Paused');
    }
    const s = this.step;
    if (s && this.stepDone(s, f)) {
      this.step = null;
      if (s.mode === 'entry') return this.pauseAt(f, 'entry', 'Paused on entry');
      if (this.onStepThread(s)) return this.pauseAt(f, 'step', 'Step');
      const ended = s.run ? !threadRuns.includes(s.run) : s.task !== null && !this.tasks.has(s.task);
      return this.pauseAt(f, 'step', `Stepped into ${this.hereLabel()}: ${ended ? `${s.taskName} finished` : `control passed from ${s.taskName}`}`);
    }
    // The first statement of a call is checked (and marked) whatever else stops there.
    const fbp = this.functionBps.size ? this.functionBps.get(f.code.qualname) ?? this.functionBps.get(f.code.name) : undefined;
    const fbpStop = fbp !== undefined && isFirstStatement(f) ? this.bpCheck(fbp, f, `function breakpoint ${fbp.name}`) : null;
    const bp = this.bps.get(f.code.filename)?.get(f.l);
    const bpStop = bp && (bp.mode ?? 'line') === 'line' ? this.bpCheck(bp, f, `breakpoint at line ${f.l}`) : null;
    if (bpStop !== null) return this.pauseAt(f, 'breakpoint', this.cancelStep(bpStop || `Breakpoint at line ${f.l}`));
    if (fbpStop !== null) return this.pauseAt(f, 'function breakpoint', this.cancelStep(fbpStop || `Function breakpoint: ${f.code.qualname}`));
    return false;
  }
  /** A breakpoint stops the program: a step in progress is cancelled, and the description says so. */
  private cancelStep(desc: string): string {
    const st = this.step;
    this.step = null;
    if (!st || st.mode === 'entry') return desc;
    return !this.onStepThread(st) ? `${desc} hit by ${this.hereLabel()}: the step in ${st.taskName} was cancelled` : `${desc} (step cancelled)`;
  }

  /** The program's stdin: what the debugger has sent and the program has not read yet. */
  private stdin = '';
  /** The next line of stdin (the program's input(), sys.stdin), waited for while the debugger
   * can still pause or stop the program. The debugger sends lines as they are typed, so there is
   * no end of file. */
  readLine(): string {
    for (let asked = false; ; asked = true) {
      const nl = this.stdin.indexOf('\n');
      if (nl >= 0) {
        const line = this.stdin.slice(0, nl + 1);
        this.stdin = this.stdin.slice(nl + 1);
        return line;
      }
      if (!asked) this.post({ type: 'input' });
      Atomics.store(this.ctl, CTL.STATE, 0);
      this.answerWhileWaiting(() => 'Paused while the program waits for input (type it in the Debug Console)');
      if (!this.stdin.includes('\n')) Atomics.wait(this.ctl, CTL.STATE, 0, 100);
    }
  }
  /** The rest of stdin: what has been typed so far. */
  readAll(): string {
    this.pollRequests();
    const all = this.stdin;
    this.stdin = '';
    return all;
  }

  /** Called in slices while the worker waits in real time for a timer or in time.sleep. */
  whileWaiting(until: number): void {
    this.answerWhileWaiting(() => {
      const left = `${Math.max(0, (until - performance.now()) / 1000).toFixed(3)} s`;
      const f = state.cur;
      // The loop's own idle wait runs in library code; time.sleep is called by the program.
      const inSleep = this.current !== null || (f !== null && !f.code.filename.startsWith('<'));
      return inSleep ? `Paused in time.sleep (${left} left)` : `Paused while the loop waits for its next timer (${left} left)`;
    });
  }
  /** A wait that runs no statement answers Stop, requests and Pause (described by `why`) itself. */
  private answerWhileWaiting(why: () => string): void {
    if (Atomics.load(this.ctl, CTL.TERMINATE)) throw new TerminateSignal();
    this.pollRequests();
    if (Atomics.load(this.ctl, CTL.PAUSE)) this.pause('pause', why());
  }

  /** A pause at a statement: afterwards the generated code reloads locals if the debugger wrote any. */
  private pauseAt(f: Frame, reason: string, description: string): boolean {
    this.trapFrame = f;
    this.localsChanged = false;
    try {
      this.pause(reason, description);
    } finally {
      this.trapFrame = null;
    }
    return this.localsChanged;
  }

  /** An exception passes through frame f: reported once, in the first frame of the program it
   * reaches (a CancelledError thrown in at `await asyncio.sleep()` first passes through sleep). */
  onRaised(e: PyException, f: Frame): void {
    if (this.reportedRaises.has(e)) return;
    // The runtime's own control flow (a coroutine returning, a generator closed) and frames of
    // library modules are not the program's raises.
    if (CONTROL_FLOW.has(typeOf(e).name) || f.code.filename.startsWith('<')) return;
    this.reportedRaises.add(e);
    this.onException(e, false);
  }
  private reportedRaises = new WeakSet<PyException>();

  onException(e: PyException, uncaught: boolean): void {
    const id = uncaught ? 'uncaught' : 'raised';
    if (!this.filters.has(id)) return;
    if (!this.filterMatches(id, this.current ?? undefined)) return;
    this.pause('exception', `${uncaught ? 'Uncaught' : 'Raised'} ${typeOf(e).name}: ${safeStr(e)}`, safeStr(e), undefined, { e, uncaught });
  }

  private onLoopEvent(e: LoopEvent, _now: number): void {
    if (runningLoop.loop instanceof PyLoop) this.lastLoop = runningLoop.loop;
    switch (e.kind) {
      case 'created': {
        const info: TaskInfo = { id: this.nextId++, task: e.task, name: e.name, state: 'ready', awaits: '', createdAt: e.where ? `${e.where.file}:${e.where.line}` : '?', result: '' };
        this.tasks.set(e.task, info);
        this.byId.set(info.id, info);
        this.post({ type: 'thread', reason: 'started', threadId: info.id });
        // asyncio.create_task names the task after creating it: the filter is checked once the
        // creating code is back in the program (or the loop moves on), with the task's final name.
        if (this.filters.has('taskCreated')) this.pendingCreated.push(e.task);
        return;
      }
      case 'resumes': {
        this.flushCreated();
        this.current = e.task;
        const t = this.tasks.get(e.task);
        if (t) { t.state = 'running'; t.name = e.name; t.awaits = ''; }
        const bp = this.modeBp('resume', e.line, e.task);
        if (bp !== null || this.filterMatches('resume', e.task)) this.pause('resume', bp || `Resumed: ${e.name}`);
        return;
      }
      case 'yields': {
        this.flushCreated();
        const t = this.tasks.get(e.task);
        if (t) { t.state = 'waiting'; t.awaits = e.awaits; t.name = e.name; }
        this.current = null;
        const bp = this.modeBp('yield', e.line, e.task);
        if (bp !== null || this.filterMatches('yield', e.task)) {
          this.pause('yield', bp || `Paused on yield: ${e.name} awaits ${e.awaits}; next: ${this.nextReady()}`, undefined, e.task);
        }
        return;
      }
      case 'threadStarts': this.post({ type: 'thread', reason: 'started', threadId: this.workerId(e.run) }); return;
      case 'threadDone': this.post({ type: 'thread', reason: 'exited', threadId: this.workerId(e.run) }); return;
      case 'done': {
        this.flushCreated();
        const t = this.tasks.get(e.task);
        if (this.current === e.task) this.current = null;
        if (this.filterMatches('taskDone', e.task)) this.pause('taskDone', `Task finished: ${e.name} (${e.outcome})`, undefined, e.task);
        if (t) {
          this.finished.unshift({ id: t.id, name: e.name, coro: coroLabel(getattrOpt(e.task, '_coro')), state: 'done', outcome: e.outcome, file: null, line: 0 });
          if (this.finished.length > FINISHED_KEPT) this.finished.length = FINISHED_KEPT;
          this.tasks.delete(e.task);
          this.byId.delete(t.id);
          this.post({ type: 'thread', reason: 'exited', threadId: t.id });
        }
        return;
      }
    }
  }

  private pendingCreated: PyVal[] = [];
  private flushCreated(): void {
    while (this.pendingCreated.length) {
      const task = this.pendingCreated.shift();
      const t = this.tasks.get(task);
      if (!t) continue;
      const live = getattrOpt(task, '_name');
      if (typeof live === 'string') t.name = live;
      if (this.filterMatches('taskCreated', task)) this.pause('taskCreated', `Task created: ${t.name} ${coroLabel(getattrOpt(task, '_coro'))} at ${t.createdAt.replace(/^.*[\\/]/, '')}`);
    }
  }

  /** A `yield` or `resume` mode breakpoint at the task's line: its condition, hit count and log
   * message see the locals of the task's program frame at that line. */
  private modeBp(mode: 'yield' | 'resume', line: number | null, task: PyVal): string | null {
    if (line === null) return null;
    const bp = this.bps.get(loopConfig.programFile)?.get(line);
    if (!bp || bp.mode !== mode) return null;
    const frame = awaitChain(getattrOpt(task, '_coro')).filter((f) => f.code.filename === loopConfig.programFile && f.l === line).pop() ?? null;
    return this.bpCheck(bp, frame, `${mode} breakpoint at line ${line}`);
  }

  private filterMatches(id: string, task?: PyVal): boolean {
    const f = this.filters.get(id);
    if (!f) return false;
    if (!f.condition) return true;
    try { return truthy(this.host.evaluate(f.condition, new Map([['task', task ?? None]]))); } catch (e) {
      // Counts as false (`task` is None outside a task), and is told once per filter setting.
      if (!this.filterErrors.has(f)) {
        this.filterErrors.add(f);
        this.post({ type: 'output', category: 'console', text: `The condition of the pause filter '${id}' (${f.condition}) raised ${errorText(e)}; it counts as false\n` });
      }
      return false;
    }
  }
  private filterErrors = new WeakSet<FilterSpec>();

  /**
   * Whether a breakpoint stops in frame f: null if not, '' if it does, or a description when its
   * condition raised (the program stops so that the user sees the broken condition). A log
   * message is written, never stopped at.
   */
  private bpCheck(bp: { condition?: string; hitCondition?: string; logMessage?: string; hits: number }, f: Frame | null, what: string): string | null {
    const locals = f ? localsOf(f) : new Map<string, PyVal>();
    if (bp.condition) {
      try {
        if (!truthy(this.host.evaluate(bp.condition, locals))) return null;
      } catch (e) {
        const err = errorText(e);
        this.post({ type: 'output', category: 'console', text: `The condition of the ${what} (${bp.condition}) raised ${err}\n`, file: f?.code.filename, line: f?.l });
        return `The condition of the ${what} raised ${err}`;
      }
    }
    bp.hits++;
    if (bp.hitCondition && !hitMatches(bp.hitCondition, bp.hits)) return null;
    if (bp.logMessage !== undefined) {
      this.post({ type: 'output', category: 'console', text: this.interpolate(bp.logMessage, locals) + '\n', file: f?.code.filename, line: f?.l });
      return null;
    }
    return '';
  }
  /** A log message: `{expression}` (with `!r` and `:spec` as in an f-string), `{{` and `}}` for braces. */
  private interpolate(message: string, locals: Map<string, PyVal>): string {
    let out = '';
    for (const part of splitLogMessage(message)) {
      if (typeof part === 'string') { out += part; continue; }
      try {
        const v = this.host.evaluate(logExpression(part.expr), locals);
        out += typeof v === 'string' ? v : safeRepr(v);
      } catch (e) {
        out += `<${e instanceof PyException ? typeOf(e).name : 'SyntaxError'}>`;
      }
    }
    return out;
  }

  /**
   * Steps stop only in the program's own code (not in library modules). Over and Out stay with the
   * stepping task: other tasks run meanwhile, and a frame suspended at an await is not "returned".
   */
  private stepDone(s: Step, f: Frame): boolean {
    if (f.code.filename.startsWith('<')) return false;
    if (s.mode === 'in' || s.mode === 'entry') return true;
    if (s.run !== null) {
      // Once the thread's work has ended, the step stops wherever the program goes on.
      if (!threadRuns.includes(s.run)) return true;
      if (threadRuns[threadRuns.length - 1] !== s.run) return false;
    } else {
      const taskDone = s.task !== null && !this.tasks.has(s.task);
      if (this.current !== s.task && !taskDone) return false;
    }
    if (s.frame === null) return true;
    if (s.mode === 'over' && f === s.frame) return true;
    if (s.frame.returned) return true;
    // A generator that yielded a value has gone back to its caller, as a return would.
    const kind = s.frame.code.kind;
    if (kind !== 'generator' && kind !== 'asyncgen') return false;
    for (let c: Frame | null = f; c; c = c.back) if (c === s.frame) return false;
    return true;
  }

  // ------------------------------------------------------------------ pausing
  /** Blocks the worker until the debugger resumes it, answering requests meanwhile. */
  private pause(reason: string, description: string, text?: string, task?: PyVal, exception?: { e: PyException; uncaught: boolean }): void {
    const t = task !== undefined ? task : this.current;
    // A stop at a statement while another thread's work runs is a stop in that thread.
    const run = task === undefined && threadRuns.length ? threadRuns[threadRuns.length - 1] : null;
    this.stoppedThread = run ? this.workerId(run) : t && this.tasks.has(t) ? this.tasks.get(t)!.id : MAIN_THREAD;
    this.stoppedException = exception ?? null;
    // A Pause that arrives as the program stops for another reason is answered by this stop.
    Atomics.store(this.ctl, CTL.PAUSE, 0);
    this.frames.clear();
    this.refs.clear();
    this.topFrames.clear();
    this.labelFrames.clear();
    this.post({ type: 'stopped', reason, threadId: this.stoppedThread, description, text });
    Atomics.store(this.ctl, CTL.STATE, 1);
    for (;;) {
      if (Atomics.load(this.ctl, CTL.TERMINATE)) throw new TerminateSignal();
      let m = receiveMessageOnPort(this.port);
      while (m) {
        const { id, req } = m.message as { id: number; req: AgentRequest };
        if (req.cmd === 'resume') {
          if (req.mode !== 'continue' && req.threadId !== MAIN_THREAD && !this.byId.has(req.threadId) && !this.runById(req.threadId)) {
            this.post({ type: 'response', id, ok: false, error: `Thread ${req.threadId} is neither a live task nor a running thread: step one that is listed in threads.` });
            m = receiveMessageOnPort(this.port);
            continue;
          }
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
    const run = this.runById(threadId) ?? null;
    const task = run ? null : this.taskById(threadId);
    const frame = run ? this.segments().runs.get(run)![0] : task !== null && task !== undefined ? this.topFrameOf(task) : state.cur;
    this.step = { mode, task: task ?? null, run, taskName: run ? run.name : this.threadLabel(task), frame: mode === 'in' ? null : frame };
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
      this.post({ type: 'response', id, ok: false, error: errorText(e) });
    }
  }

  private handle(req: AgentRequest): unknown {
    switch (req.cmd) {
      case 'threads': return this.threads();
      case 'stack': return this.stack(req.threadId);
      case 'scopes': return this.scopes(req.frameId);
      case 'variables': return this.variables(req.ref, req.start, req.count, req.filter);
      case 'evaluate': return this.evaluate(req.expression, req.frameId, req.context);
      case 'exceptionInfo': {
        if (!this.stoppedException) return null;
        const { e, uncaught } = this.stoppedException;
        return { exceptionId: typeOf(e).name, description: safeStr(e), details: this.host.formatException(e), uncaught };
      }
      case 'stdin': this.stdin += req.text; return null;
      case 'cancelTasks': return this.cancelTasks(req.threadIds);
      case 'breakpoints': {
        // Clients resend a file's whole set on any change: an unchanged breakpoint keeps its count.
        const old = this.bps.get(req.file);
        const m = new Map<number, Bp>();
        for (const b of req.breakpoints) m.set(b.line, { ...b, hits: keptHits(old?.get(b.line), b) });
        this.bps.set(req.file, m);
        return null;
      }
      case 'functionBreakpoints': {
        const old = this.functionBps;
        this.functionBps = new Map(req.breakpoints.map((b) => [b.name, { ...b, hits: keptHits(old.get(b.name), b) }]));
        return null;
      }
      case 'filters': this.filters = new Map(req.filters.map((f) => [f.id, f])); return null;
      case 'setVariable': return this.setVariable(req.ref, req.name, req.value);
      case 'setExpression': return this.setExpression(req.expression, req.value, req.frameId);
      case 'completions': return this.completions(req.text, req.column, req.frameId);
      case 'loop': return this.loop(req.start ?? 0, req.count ?? 500, req.filter ?? '');
      case 'resume': return null;
    }
  }

  /** Finished tasks, newest first (the `loop` request lists them). */
  private finished: LoopTask[] = [];
  /** The event loop while paused: running task, ready queue in order, waiting tasks, timers, finished tasks. */
  private loop(start: number, count: number, filter: string): LoopSnapshot {
    const info = (t: TaskInfo, st: LoopTask['state']): LoopTask => {
      const live = getattrOpt(t.task, '_name');
      if (typeof live === 'string') t.name = live;
      const top = this.framesOf(t.task).find((f) => !f.code.filename.startsWith('<'));
      const out: LoopTask = { id: t.id, name: t.name, coro: coroLabel(getattrOpt(t.task, '_coro')), state: st, file: top ? top.code.filename : null, line: top ? top.l || top.code.firstLine : 0 };
      if (st === 'waiting' && t.awaits) out.awaits = t.awaits;
      return out;
    };
    const running = this.current ? this.tasks.get(this.current) : undefined;
    const ready: LoopSnapshot['ready'] = [];
    const readySet = new Set<TaskInfo>();
    for (const h of this.readyHandles()) {
      const t = this.handleTask(h);
      if (t) { if (!readySet.has(t) && t !== running) { readySet.add(t); ready.push({ task: info(t, 'ready') }); } }
      else {
        const cb = getattrOpt(h, '_callback');
        const name = cb && cb !== None ? getattrOpt(cb, '__qualname__') : undefined;
        ready.push({ callback: typeof name === 'string' ? name : safeRepr(h) });
      }
    }
    const needle = filter.toLowerCase();
    const waitingAll: TaskInfo[] = [];
    for (const t of this.tasks.values()) {
      if (t === running || readySet.has(t)) continue;
      if (needle && !`${t.name} ${t.awaits}`.toLowerCase().includes(needle)) continue;
      waitingAll.push(t);
    }
    const loop = this.loopNow();
    const timers: LoopSnapshot['timers'] = [];
    if (loop !== None && loop !== undefined && loop !== null) {
      const sched = getattrOpt(loop, '_scheduled');
      const hs = sched instanceof PyList ? sched.items.filter((h) => !truthy(getattrOpt(h, '_cancelled'))) : [];
      for (const h of hs) timers.push({ due: Number((getattrOpt(h, '_when') as PyFloat).v), what: describeTimer(h) });
      timers.sort((a, b) => a.due - b.due);
    }
    const segments = this.segments().runs;
    const threads = threadRuns.map((r, i): LoopTask => {
      const top = segments.get(r)!.find((f) => !f.code.filename.startsWith('<'));
      return { id: this.workerId(r), name: r.name, coro: r.what, state: i === threadRuns.length - 1 ? 'running' : 'waiting', file: top ? top.code.filename : null, line: top ? top.l : 0 };
    }).reverse();
    return {
      time: clock.mainNow(), realtime: clock.realtime, stoppedThread: this.stoppedThread,
      running: running ? info(running, 'running') : null,
      threads,
      ready,
      waiting: waitingAll.slice(start, start + count).map((t) => info(t, 'waiting')), waitingTotal: waitingAll.length,
      timers,
      finished: this.finished.filter((t) => !needle || t.name.toLowerCase().includes(needle)),
    };
  }

  // ------------------------------------------------------------------ inspection
  /** Cancels tasks as `task.cancel()` would: each takes a CancelledError at its next step. */
  private cancelTasks(ids: number[]): string[] {
    const tasks = ids.map((id) => {
      if (id === MAIN_THREAD) throw new Error('The main thread runs the event loop and is no task: Stop ends the program.');
      const run = this.runById(id);
      if (run) throw new Error(`${run.name} is a thread, not a task: Python cannot cancel a thread's work.`);
      const t = this.taskById(id);
      if (t === null) throw new Error(`Thread ${id} is not a live task: cancel one that is listed in threads.`);
      return t;
    });
    return tasks.filter((t) => truthy(call(getattrOpt(t, 'cancel')!, ['cancelled from the debugger']))).map((t) => this.threadLabel(t));
  }
  private taskById(id: number): PyVal {
    return this.byId.get(id)?.task ?? null;
  }
  private threadLabel(task: PyVal): string {
    const t = task ? this.tasks.get(task) : undefined;
    return t ? t.name : 'main';
  }
  /** Whether the current statement runs in the thread or task the step began in. */
  private onStepThread(s: Step): boolean {
    const inner = threadRuns.length ? threadRuns[threadRuns.length - 1] : null;
    return s.run ? inner === s.run : inner === null && this.current === s.task;
  }
  /** The thread or task that runs the current statement. */
  private hereLabel(): string {
    return threadRuns.length ? threadRuns[threadRuns.length - 1].name : this.threadLabel(this.current);
  }
  /** The loop of the last loop event: another thread's work runs with no running loop of its own,
   * while the loop that handed it over waits for it. */
  private lastLoop: PyVal = None;
  private loopNow(): PyVal {
    return threadRuns.length && !(runningLoop.loop instanceof PyLoop) ? this.lastLoop : runningLoop.loop;
  }
  /** Other threads keep one id while they live (a pool's thread across the work items it runs). */
  private threadIds = new WeakMap<object, number>();
  private workerId(run: ThreadRun): number {
    let id = this.threadIds.get(run.thread as object);
    if (id === undefined) { id = this.nextId++; this.threadIds.set(run.thread as object, id); }
    return id;
  }
  private runById(id: number): ThreadRun | undefined {
    return threadRuns.find((r) => this.threadIds.get(r.thread as object) === id);
  }
  /**
   * The running frames (state.cur down), split between the threads running other work (each
   * owns its base frame and what it called) and the rest: the current task's frames and main's.
   */
  private segments(): { runs: Map<ThreadRun, Frame[]>; rest: Frame[] } {
    const runs = new Map<ThreadRun, Frame[]>(threadRuns.map((r) => [r, []]));
    const rest: Frame[] = [];
    let i = threadRuns.length - 1;
    for (let f = state.cur; f; f = f.back) {
      if (i < 0) { rest.push(f); continue; }
      runs.get(threadRuns[i])!.push(f);
      if (f === threadRuns[i].base) i--;
    }
    return { runs, rest };
  }
  /** The ready queue's handles, in the order the loop will run them. */
  private readyHandles(): PyVal[] {
    const loop = this.loopNow();
    if (loop === None || loop === undefined || loop === null) return [];
    return loop instanceof PyLoop ? loop.ready.toArray() : [];
  }
  /** The task a ready handle steps or wakes (its callback is a bound method of the task), if any. */
  private handleTask(h: PyVal): TaskInfo | undefined {
    if (!(h instanceof PyHandle) || h.cb === null) return undefined;
    const owner = h.isStep ? h.cb : getattrOpt(h.cb, '__self__');
    return owner ? this.tasks.get(owner) : undefined;
  }
  private nextReady(): string {
    const items = this.readyHandles();
    for (const h of items) {
      const t = this.handleTask(h);
      if (t) return t.name;
    }
    return items.length ? 'a callback' : 'nothing ready';
  }

  /** The stopped task, the running task, the ready queue in order, then the waiting tasks. */
  threads(): ThreadInfo[] {
    const order: TaskInfo[] = [];
    const seen = new Set<TaskInfo>();
    const add = (t: TaskInfo | undefined) => { if (t && !seen.has(t)) { seen.add(t); order.push(t); } };
    add(this.byId.get(this.stoppedThread));
    if (this.current) add(this.tasks.get(this.current));
    this.readySet = new Set();
    for (const h of this.readyHandles()) {
      if (order.length >= this.maxThreads) break;
      const t = this.handleTask(h);
      if (t) { this.readySet.add(t); add(t); }
    }
    for (const t of this.tasks.values()) { if (order.length >= this.maxThreads) break; add(t); }
    const main: ThreadInfo = { id: MAIN_THREAD, name: 'main (event loop)' };
    const out: ThreadInfo[] = this.stoppedThread === MAIN_THREAD ? [main] : [];
    // Running threads, innermost (the one running) first; an outer one waits for it.
    for (let i = threadRuns.length - 1; i >= 0; i--) {
      const r = threadRuns[i];
      out.push({ id: this.workerId(r), name: `${r.name} ${r.what} · ${i === threadRuns.length - 1 ? 'running' : 'waiting'} (thread)` });
    }
    for (const t of order.slice(0, this.maxThreads)) out.push({ id: t.id, name: this.threadName(t) });
    if (this.stoppedThread !== MAIN_THREAD) out.push(main);
    return out;
  }
  private readySet = new Set<TaskInfo>();
  private threadName(t: TaskInfo): string {
    const coro = getattrOpt(t.task, '_coro');
    const live = getattrOpt(t.task, '_name');
    if (typeof live === 'string') t.name = live;
    const state = t.task === this.current ? 'running' : t.state === 'waiting' && !this.readySet.has(t) ? `waiting: ${t.awaits}` : 'ready';
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
      for (const f of this.segments().rest) { out.push(f); if (f === coro.frame) break; }
      return out;
    }
    return awaitChain(coro).reverse();
  }

  stack(threadId: number): FrameInfo[] {
    const task = this.taskById(threadId);
    const run = this.runById(threadId);
    if (!task && !run && threadId !== MAIN_THREAD) throw new Error(`Thread ${threadId} is neither a live task nor a running thread.`);
    let frames: Frame[];
    const lines = new Map<Frame, number>();
    if (run) frames = this.segments().runs.get(run)!;
    else if (task) frames = this.framesOf(task);
    else if (this.stoppedException?.uncaught && threadId === this.stoppedThread) {
      // The program has unwound to its end: the stack is the traceback's, innermost first.
      frames = [];
      for (const entry of this.stoppedException.e.tb) {
        const f = entry.frame;
        if (f instanceof Frame && !lines.has(f)) { frames.push(f); lines.set(f, entry.line); }
      }
    } else {
      frames = [];
      const root = this.current ? (getattrOpt(getattrOpt(this.current, '_coro'), 'cr_frame') && (getattrOpt(this.current, '_coro') as PyGenerator).frame) : null;
      let inTask = !!root;
      for (const f of this.segments().rest) {
        if (inTask) { if (f === root) inTask = false; continue; }
        frames.push(f);
      }
    }
    const out: FrameInfo[] = frames.map((f, i) => {
      const id = ++this.handleSeq;
      this.frames.set(id, f);
      if (i === 0) this.topFrames.add(id);
      const lib = f.code.filename.startsWith('<');
      // A library frame has no source to show: DAP's line 0 ("ignore it") rather than a line of ours.
      if (lib) return { id, name: f.code.qualname, file: null, line: 0, column: 0, hint: 'subtle' };
      return { id, name: f.code.qualname, file: f.code.filename, line: lines.get(f) || f.l || f.code.firstLine, column: 1, hint: undefined };
    });
    if (task) {
      const waiter = this.awaitedBy(task);
      if (waiter) {
        const id = ++this.handleSeq;
        this.labelFrames.add(id);
        out.push({ id, name: waiter, file: null, line: 0, column: 0, hint: 'label' });
      }
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

  /** The frame a request names (ids are valid while the program stays paused), or none if it names none. */
  private frameOf(frameId: number | undefined): Frame | undefined {
    if (frameId === undefined) return undefined;
    const f = this.frames.get(frameId);
    if (!f) throw new Error(`unknown frame ${frameId}`);
    return f;
  }
  scopes(frameId: number): ScopeInfo[] {
    if (this.labelFrames.has(frameId)) return [];
    const f = this.frameOf(frameId)!;
    const out: ScopeInfo[] = [];
    if (!f.globals) out.push({ name: 'Locals', ref: this.ref({ kind: 'locals', frame: f }), expensive: false });
    out.push({ name: 'Globals', ref: this.ref({ kind: 'globals', frame: f }), expensive: false });
    const task = this.taskOfFrame(f);
    if (task) out.push({ name: 'Task', ref: this.ref({ kind: 'task', task }), expensive: false });
    if (this.topFrames.has(frameId) || task) out.push({ name: 'Event Loop', ref: this.ref({ kind: 'loop' }), expensive: false });
    return out;
  }
  private taskOfFrame(f: Frame): PyVal {
    for (const t of this.tasks.values()) if (this.framesOf(t.task)[0] === f) return t.task;
    return null;
  }
  private ref(r: Ref): number {
    this.refs.set(++this.handleSeq, r);
    return this.handleSeq;
  }

  variables(ref: number, start = 0, count?: number, filter?: 'indexed' | 'named'): VariableInfo[] {
    const r = this.refs.get(ref);
    if (!r) throw new Error(`unknown variables reference ${ref}`);
    // Lists, tuples and the Event Loop's lists have only indexed children; everything else only named ones.
    const indexed = r.kind === 'value' && (r.value instanceof PyList || r.value instanceof PyTuple);
    if (filter && (filter === 'indexed') !== indexed) return [];
    switch (r.kind) {
      case 'locals': return [...localsOf(r.frame!)].map(([k, v]) => this.variable(k, v, k));
      case 'globals': return [...programGlobals()].filter(([k]) => !k.startsWith('__')).map(([k, v]) => this.variable(k, v, k));
      case 'task': return this.taskVariables(r.task);
      case 'loop': return this.loopVariables();
      case 'value': return this.children(r.value, start, count, r.path);
    }
  }
  private variable(name: string, v: PyVal, path?: string): VariableInfo {
    const expandable = v instanceof PyObject && !(v instanceof PyFloat) && (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet || (v.dict !== null && v.dict.size > 0));
    const info: VariableInfo = { name, value: safeRepr(v), type: typeOf(v).name, ref: expandable ? this.ref({ kind: 'value', value: v, path }) : 0 };
    if (path !== undefined) info.evaluateName = path;
    if (v instanceof PyList || v instanceof PyTuple) info.indexed = v.items.length;
    else if (v instanceof PyDict || v instanceof PySet) info.named = v.t.size;
    return info;
  }
  private children(v: PyVal, start: number, count?: number, path?: string): VariableInfo[] {
    const end = count ? start + count : undefined;
    const sub = (key: string) => (path === undefined ? undefined : `${path}[${key}]`);
    if (v instanceof PyList || v instanceof PyTuple) return v.items.slice(start, end).map((x, i) => this.variable(String(start + i), x, sub(String(start + i))));
    if (v instanceof PyDict) {
      const out: VariableInfo[] = [];
      for (const i of v.t.slots()) {
        const key = v.t.keys[i];
        const name = safeRepr(key);
        // Only keys whose repr reads back as the key (str, int, bool, None) make an expression.
        const literal = typeof key === 'string' || typeof key === 'number' || typeof key === 'bigint' || typeof key === 'boolean' || key === None;
        out.push(this.variable(name, v.t.vals[i], literal ? sub(safeRepr(key, Infinity)) : undefined));
      }
      return out.slice(start, end);
    }
    if (v instanceof PySet) return v.keys().slice(start, end).map((x, i) => this.variable(String(start + i), x));
    if (v instanceof PyObject && v.dict) return [...v.dict].map(([k, x]) => this.variable(k, x, path !== undefined && /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? `${path}.${k}` : undefined));
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
    const loop = this.loopNow();
    const text = (name: string, value: string): VariableInfo => ({ name, value, type: 'str', ref: 0 });
    const out = [text('clock', `${clock.now().toFixed(6)} s (${clock.realtime ? 'real' : 'virtual'})`)];
    if (loop === None || loop === undefined) return out;
    const labels = this.readyHandles().map((h) => this.handleTask(h)?.name ?? safeRepr(h));
    out.push({ name: 'ready queue', value: labels.join(', ') || '(empty)', type: 'list', ref: this.ref({ kind: 'value', value: new PyList(labels) }), indexed: labels.length });
    const sched = getattrOpt(loop, '_scheduled');
    const timers = sched instanceof PyList ? sched.items.filter((h) => !truthy(getattrOpt(h, '_cancelled'))) : [];
    timers.sort((a, b) => Number((getattrOpt(a, '_when') as PyFloat).v) - Number((getattrOpt(b, '_when') as PyFloat).v));
    const tl = timers.map((h) => `at ${((getattrOpt(h, '_when') as PyFloat).v).toFixed(3)}: ${describeTimer(h)}`);
    out.push({ name: 'timers', value: tl.length ? tl.join('; ') : '(none)', type: 'list', ref: this.ref({ kind: 'value', value: new PyList(tl) }), indexed: tl.length });
    return out;
  }

  // ------------------------------------------------------------------ changing values
  /** Writes a local of the frame stopped at a statement, or of a coroutine frame suspended at an
   * await; generated code reloads it when that frame goes on. */
  private setLocal(f: Frame, name: string, v: PyVal): void {
    if (f.globals) { f.globals.set(name, v); return; }
    const i = f.code.frameVars.indexOf(name);
    if (i < 0) throw new Error(`'${name}' is not a local variable of ${f.code.qualname}`);
    if (f === this.trapFrame && f.v) {
      f.v[i] = v;
      this.localsChanged = true;
      return;
    }
    if (!f.v || !this.atAwait(f)) throw new Error(`${f.code.qualname} is in the middle of a call: only the stopped frame and frames suspended at an await can be changed`);
    (f.edits ??= new Map()).set(i, v);
    f.v[i] = v;
  }
  /** A coroutine frame waiting at an await: another task's, or one awaiting in the current chain. */
  private atAwait(f: Frame): boolean {
    if (f.code.kind !== 'coroutine' && f.code.kind !== 'asyncgen') return false;
    for (let c = state.cur; c; c = c.back) if (c === f) return f.awaiting !== null;
    return !f.returned;
  }
  private setVariable(ref: number, name: string, value: string): VariableInfo {
    const r = this.refs.get(ref);
    if (!r) throw new Error(`unknown variables reference ${ref}`);
    const scopeFrame = 'frame' in r ? r.frame : undefined;
    const v = this.host.evaluate(value, scopeFrame ? localsOf(scopeFrame) : new Map());
    switch (r.kind) {
      case 'locals': this.setLocal(r.frame!, name, v); break;
      case 'globals': programGlobals().set(name, v); break;
      case 'value': {
        const o = r.value;
        if (o instanceof PyList) {
          const i = Number(name);
          if (!Number.isInteger(i) || i < 0 || i >= o.items.length) throw new Error(`no item ${name}`);
          o.items[i] = v;
        } else if (o instanceof PyDict) {
          // A dict's children are named by the repr of their key.
          const key = [...o.t.slots()].map((i) => o.t.keys[i]).find((k) => safeRepr(k, Infinity) === name);
          if (key === undefined) throw new Error(`no key ${name}`);
          setitem(o, key, v);
        } else if (o instanceof PyObject && o.dict && !(o instanceof PyDict) && !(o instanceof PyTuple) && !(o instanceof PySet)) {
          setattr(o, name, v);
        } else throw new Error(`${typeOf(o).name} items cannot be changed here`);
        break;
      }
      default: throw new Error(`${r.kind === 'task' ? 'Task' : 'Event Loop'} entries cannot be changed`);
    }
    return this.variable(name, v);
  }
  /** Assigns to a name, an attribute (`p.x`) or an item (`d['k']`, `xs[0]`). */
  private setExpression(expression: string, value: string, frameId?: number): VariableInfo {
    const name = expression.trim();
    if (!ASSIGN_TARGET.test(name)) throw new Error(`Only a name, an attribute or an item can be assigned, not '${expression}'`);
    const f = frameId !== undefined ? this.frameOf(frameId) : this.trapFrame ?? undefined;
    const locals = f ? localsOf(f) : new Map<string, PyVal>();
    const v = this.host.evaluate(value, locals);
    const item = name.endsWith(']') ? splitSubscript(name) : null;
    const attr = item ? null : /^([^]*?)\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)$/.exec(name);
    if (item) setitem(this.host.evaluate(item[0], locals), this.host.evaluate(item[1], locals), v);
    else if (attr) setattr(this.host.evaluate(attr[1], locals), attr[2], v);
    else if (f && !f.globals && f.code.frameVars.includes(name)) this.setLocal(f, name, v);
    else if (f?.globals) f.globals.set(name, v);
    else programGlobals().set(name, v);
    return this.variable(name, v);
  }
  /** REPL completions: names in scope, or the attributes of the object before a dot. */
  private completions(text: string, column: number, frameId?: number): CompletionInfo[] {
    const before = text.slice(0, Math.max(0, column - 1));
    const m = /([A-Za-z_][A-Za-z0-9_]*(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*\s*\.\s*)?([A-Za-z_][A-Za-z0-9_]*)?$/.exec(before);
    const partial = m?.[2] ?? '';
    const f = frameId !== undefined ? this.frameOf(frameId) : this.trapFrame ?? undefined;
    const locals = f ? localsOf(f) : new Map<string, PyVal>();
    const out = new Map<string, CompletionInfo>();
    const add = (label: string, v: PyVal, type?: CompletionInfo['type']) => {
      if (!label.startsWith(partial) || out.has(label)) return;
      if (label.startsWith('_') && !partial.startsWith('_')) return;
      out.set(label, { label, type: type ?? kindOf(v), start: before.length - partial.length, length: partial.length });
    };
    if (m?.[1]) {
      const objExpr = m[1].replace(/\s*\.\s*$/, '');
      const names = this.host.evaluate(`dir(${objExpr})`, locals);
      const obj = this.host.evaluate(objExpr, locals);
      if (names instanceof PyList) {
        for (const n of names.items) {
          if (typeof n !== 'string' || !n.startsWith(partial) || (n.startsWith('_') && !partial.startsWith('_'))) continue;
          let v: PyVal = None;
          try { v = getattrOpt(obj, n) ?? None; } catch { v = None; }
          add(n, v, typeof v === 'object' && v !== null && /method|function/.test(typeOf(v).name) ? 'function' : 'property');
        }
      }
    } else {
      for (const [k, v] of locals) add(k, v);
      for (const [k, v] of programGlobals()) add(k, v);
      for (const [k, v] of this.host.builtins()) add(k, v);
      for (const k of KEYWORDS) add(k, null, 'keyword');
    }
    return [...out.values()].sort((a, b) => a.label.localeCompare(b.label));
  }

  evaluate(expression: string, frameId?: number, context?: string): VariableInfo {
    const f = this.frameOf(frameId);
    if (!expression.trim()) throw new Error('Nothing to evaluate: the expression is empty.');
    const assign = context === 'repl' ? REPL_ASSIGN.exec(expression) : null;
    if (assign && ASSIGN_TARGET.test(assign[1])) {
      const [, name, op, value] = assign;
      return this.setExpression(name, op ? `${name} ${op} (${value}\n)` : value, frameId);
    }
    const v = this.host.evaluate(expression, f ? localsOf(f) : new Map(), context === 'repl' ? Infinity : undefined);
    const info = this.variable(expression, v, `(${expression.trim()})`);
    delete info.evaluateName;
    if (context === 'clipboard') info.value = safeRepr(v, Infinity);
    return info;
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
/** The first statement of a call: a function breakpoint stops here once per call. */
function isFirstStatement(f: Frame): boolean {
  const g = f as Frame & { $bpSeen?: boolean };
  if (g.$bpSeen) return false;
  g.$bpSeen = true;
  return true;
}
const CONTROL_FLOW = new Set(['StopIteration', 'StopAsyncIteration', 'GeneratorExit']);
const KEYWORDS = ['await', 'lambda', 'not', 'and', 'or', 'in', 'is', 'None', 'True', 'False', 'if', 'else'];
function kindOf(v: PyVal): CompletionInfo['type'] {
  if (v instanceof PyFunction) return 'function';
  if (v instanceof PyObject) {
    const t = typeOf(v).name;
    if (t === 'type') return 'class';
    if (t === 'module') return 'module';
    if (t === 'builtin_function_or_method' || t === 'method') return 'function';
  }
  return 'variable';
}
/** The hit count a re-sent breakpoint keeps: the old one's, if nothing that counts has changed. */
function keptHits(old: Bp | FunctionBp | undefined, b: BreakpointSpec | FunctionBreakpointSpec): number {
  if (!old) return 0;
  const same = old.condition === b.condition && old.hitCondition === b.hitCondition &&
    (old as Bp).mode === (b as BreakpointSpec).mode;
  return same ? old.hits : 0;
}
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
  const names = f.code.frameVars;
  const vals = f.v ?? [];
  for (let i = 0; i < names.length; i++) if (vals[i] !== undefined) out.set(names[i], vals[i]);
  return out;
}
let globalsProvider: () => Map<string, PyVal> = () => new Map();
export function setProgramGlobals(f: () => Map<string, PyVal>): void { globalsProvider = f; }
function programGlobals(): Map<string, PyVal> { return globalsProvider(); }
function safeRepr(v: PyVal, max = 500): string {
  try { const r = repr(v); return r.length > max ? r.slice(0, max - 3) + '...' : r; } catch (e) { return `<repr failed: ${e instanceof PyException ? typeOf(e).name : 'error'}>`; }
}
/** `name = value` or `name OP= value` typed in the REPL (not `==`). */
const REPL_ASSIGN = /^\s*([A-Za-z_][^=]*?)\s*(\*\*|\/\/|<<|>>|[-+*/%&|^@])?=(?!=)([^]*)$/;
/** What setExpression (and an assignment in the REPL) can assign: a name with attributes and subscripts. */
const ASSIGN_TARGET = /^[A-Za-z_][A-Za-z0-9_]*(\s*(\.\s*[A-Za-z_][A-Za-z0-9_]*|\[[^\[\]]*\]))*$/;
/** `obj[key]` as [obj, key]. */
function splitSubscript(target: string): [string, string] {
  const open = target.lastIndexOf('[');
  return [target.slice(0, open), target.slice(open + 1, -1)];
}
/** An error as the user should read it: Python's `Type: message`, a syntax error without the
 * location inside the debugger's wrapper code. */
export function errorText(e: unknown): string {
  if (e instanceof PyException) return `${typeOf(e).name}: ${safeStr(e)}`;
  if (e instanceof PySyntaxError) return `${e.kind === 'unsupported' ? 'unsupported' : e.kind}: ${e.msg}`;
  return String((e as Error)?.message ?? e);
}
function safeStr(e: PyException): string {
  try { return String(call(getattrOpt(e, '__str__'), [])); } catch { return ''; }
}
export { PyFunction };
