// asyncio.Task, native like CPython's _asyncio.Task: __step drives the coroutine one step, up to
// its next yield, and __wakeup resumes it when the future it yielded is done.
import { PyType, PyVal, None, makeType, PyBuiltin } from './object';
import { PyList } from './types';
import { PyException, pyErr, isExc, TypeError, RuntimeError, StopIteration, KeyboardInterrupt, SystemExit } from './exceptions';
import { call, callMethod, repr, str, getattrOpt, truthy, typeOf } from './ops';
import { method, getter, params, nargs } from './native';
import { Frame } from './frame';
import { PyGenerator } from './generator';
import { frameObjectHook } from './coroutine';
import { catchable } from './rt';
import { PyFuture, futureType, futureReprInfo, aio, PENDING, FINISHED, clinic } from './future';
import { PyLoop, callSoon } from './eventLoop';
import { observers, pyHooks, isCoroutine, taskCreated, taskResumes, taskYields, taskDone } from './loopObserver';
import { STOP } from './types';
import { snapshotContext, asContext } from './contextvars';

let taskNameCounter = 0;
/** Tasks not yet done (asyncio's _scheduled_tasks, for all_tasks()), oldest first: a list through
 * the tasks themselves (no hashing, no rehash as it shrinks). */
const live = { first: null as PyTask | null, last: null as PyTask | null };
export function liveTasks(): PyTask[] {
  const out: PyTask[] = [];
  for (let t = live.first; t !== null; t = t.nextLive) out.push(t);
  return out;
}
/** The task each running loop is stepping (asyncio's _current_tasks), for loops that are not a
 * PyLoop (those keep it in `current`). */
export const currentTasks = new Map<PyVal, PyTask>();

export class PyTask extends PyFuture {
  coro: PyVal = None;
  /** Set by name= or set_name(); otherwise the name is made from nameNumber when first asked. */
  private ownName: string | null = null;
  nameNumber = 0;
  /** Its Context; until its first step, the variables it was created with (a contextvars snapshot:
   * the Context is made when first needed, so a task that has not run holds no Context). */
  private context: PyVal = None;
  mustCancel = false;
  futWaiter: PyVal = None;
  numCancelsRequested = 0;
  logDestroyPending = true;
  /** Its first step has run (the trace tells "starts" from "resumes"). */
  started = false;
  private prevLive: PyTask | null = null;
  nextLive: PyTask | null = null;
  constructor(cls: PyType) { super(cls); }

  initTask(coro: PyVal, loop: PyVal, name: PyVal, context: PyVal): void {
    this.init(loop);
    if (!isCoroutine(coro)) {
      this.logDestroyPending = false;
      throw pyErr(TypeError, `a coroutine was expected, got ${repr(coro)}`);
    }
    this.coro = coro;
    this.context = context === None ? snapshotContext() : context;
    if (name === None) this.nameNumber = ++taskNameCounter;
    else this.name = typeof name === 'string' ? name : str(name);
    if (observers.length) taskCreated(this, coro);
    if (this.loop instanceof PyLoop) this.loop.checkClosed();
    this.callStepSoon(null);
    this.prevLive = live.last;
    if (live.last !== null) live.last.nextLive = this; else live.first = this;
    live.last = this;
  }

  stepContext(): PyVal {
    const c = this.context;
    return c instanceof Map ? (this.context = asContext(c)) : c;
  }

  get name(): string { return this.ownName ?? (this.ownName = `Task-${this.nameNumber}`); }
  set name(v: string) { this.ownName = v; }

  cancelTask(msg: PyVal): boolean {
    this.logTraceback = false;
    if (this.state !== PENDING) return false;
    this.numCancelsRequested++;
    const w = this.futWaiter;
    if (w !== None) {
      if (cancelWaiter(w, msg)) return true;
    }
    this.mustCancel = true;
    this.cancelMessage = msg;
    return true;
  }

  override scheduleCallbacks(): void {
    const prev = this.prevLive, next = this.nextLive;
    if (prev !== null) prev.nextLive = next; else if (live.first === this) live.first = next;
    if (next !== null) next.prevLive = prev; else if (live.last === this) live.last = prev;
    this.prevLive = this.nextLive = null;
    if (observers.length) taskDone(this);
    super.scheduleCallbacks();
  }

  /** Task.__step: enter the task, run the coroutine to its next yield, leave. */
  step(exc: PyException | null): void {
    const loop = this.loop;
    const current = currentOf(loop);
    if (current !== null) throw pyErr(RuntimeError, `Cannot enter into task ${repr(this)} while another task ${repr(current)} is being executed.`);
    setCurrent(loop, this);
    try {
      this.stepImpl(exc);
    } finally {
      const leaving = currentOf(loop);
      if (leaving !== this) throw pyErr(RuntimeError, `Leaving task ${repr(this)} does not match the current task ${repr(leaving ?? None)}.`);
      setCurrent(loop, null);
    }
  }

  private stepImpl(exc: PyException | null): void {
    if (this.state !== PENDING) throw pyErr(aio.InvalidStateError, `_step(): already done: ${repr(this)}, ${repr(exc ?? None)}`);
    if (this.mustCancel) {
      if (!(exc !== null && isExc(exc, aio.CancelledError))) exc = this.makeCancelledError();
      this.mustCancel = false;
    }
    this.futWaiter = None;
    const coro = this.coro;
    if (observers.length) { taskResumes(this, coro, !this.started); }
    this.started = true;
    let result: PyVal;
    try {
      if (coro instanceof PyGenerator) {
        result = exc === null ? coro.resume('next', None) : coro.resume('throw', exc);
        if (result === STOP) { this.finish(coro.value); return; }
      } else {
        result = exc === null ? callMethod(coro, 'send', [None]) : callMethod(coro, 'throw', [exc]);
      }
    } catch (e) {
      const err = catchable(e);
      if (err === null) throw e;
      if (isExc(err, StopIteration)) { this.finish(err.dict!.get('value') ?? err.args.items[0] ?? None); return; }
      if (isExc(err, aio.CancelledError)) {
        this.cancelledExc = err;
        this.cancel(None);
        return;
      }
      this.setException(err);
      // As CPython's C Task: these also stop the loop.
      if (isExc(err, KeyboardInterrupt) || isExc(err, SystemExit)) throw err;
      return;
    }
    if (observers.length) taskYields(this, coro, result);
    this.handleYield(result);
  }

  private finish(value: PyVal): void {
    if (this.mustCancel) {
      this.mustCancel = false;
      this.cancel(this.cancelMessage);
    } else this.setResult(value);
  }

  /** What the coroutine yielded: a future to wait for, None (a bare yield), or a mistake. Exact
   * Futures and Tasks are handled natively; other future-likes through their Python methods. */
  private handleYield(result: PyVal): void {
    if (result === None) { this.callStepSoon(null); return; }
    const exact = isExactFuture(result);
    let blocking: PyVal;
    if (exact) blocking = result.blocking;
    else {
      if (result instanceof PyGenerator && result.kindName() === 'generator') {
        this.callStepSoon(pyErr(RuntimeError, `yield was used instead of yield from for generator in task ${repr(this)} with ${repr(result)}`));
        return;
      }
      blocking = getattrOpt(result, '_asyncio_future_blocking');
      if (blocking === undefined || blocking === None) { this.callStepSoon(pyErr(RuntimeError, `Task got bad yield: ${repr(result)}`)); return; }
    }
    const resultLoop = exact ? result.loop : callMethod(result, 'get_loop', []);
    if (resultLoop !== this.loop) { this.callStepSoon(pyErr(RuntimeError, `Task ${repr(this)} got Future ${repr(result)} attached to a different loop`)); return; }
    if (!truthy(blocking)) { this.callStepSoon(pyErr(RuntimeError, `yield was used instead of yield from in task ${repr(this)} with ${repr(result)}`)); return; }
    // As CPython: an exact future's flag is cleared before the self-await check, another's after.
    if (exact) result.blocking = false;
    if (result === this) { this.callStepSoon(pyErr(RuntimeError, `Task cannot await on itself: ${repr(this)}`)); return; }
    if (exact) result.addWakeup(this);
    else {
      callMethod(result, '__setattr__', ['_asyncio_future_blocking', false]);
      callMethod(result, 'add_done_callback', [wakeupFn(this)], new Map([['context', this.stepContext()]]));
    }
    this.futWaiter = result;
    if (this.mustCancel && cancelWaiter(result, this.cancelMessage)) this.mustCancel = false;
  }

  private callStepSoon(exc: PyException | null): void {
    const loop = this.loop;
    if (loop instanceof PyLoop) loop.callStepSoon(this, exc);
    else callSoon(loop, stepWrapperFn(this), exc === null ? [] : [exc], this.stepContext());
  }

  wakeupCallable(): PyVal { return wakeupFn(this); }

  /** Task.__wakeup: the awaited future is done; step with its result or its exception. */
  wakeup(fut: PyVal): void {
    let exc: PyException | null = null;
    try {
      if (isExactFuture(fut)) {
        // As C's task_wakeup: a failed future's exception is passed on as it is, not raised
        // (so not chained to whatever the loop's caller is handling); a cancelled one is raised.
        if (fut.state === FINISHED && fut.exception !== null) {
          fut.logTraceback = false;
          exc = fut.exception;
        } else fut.getResult();
      } else callMethod(fut, 'result', []);
    } catch (e) {
      exc = catchable(e);
      if (exc === null) throw e;
    }
    this.step(exc);
  }
}

/** fut_waiter.cancel(msg): Task.cancel for a task (Future.cancel would mark it done while its
 * coroutine still runs), natively for an exact Future or Task, else through its method. */
function cancelWaiter(w: PyVal, msg: PyVal): boolean {
  if (w instanceof PyTask && w.cls === taskType) return w.cancelTask(msg);
  if (w instanceof PyFuture && w.cls === futureType) return w.cancel(msg);
  return truthy(callMethod(w, 'cancel', [msg]));
}

/** A Future or Task itself, not a subclass: its methods can be called natively. */
function isExactFuture(v: PyVal): v is PyFuture {
  return v instanceof PyFuture && (v.cls === futureType || v.cls === taskType);
}
/** The task a loop is stepping: PyLoops keep it themselves, other loops in currentTasks. */
function currentOf(loop: PyVal): PyTask | null {
  return loop instanceof PyLoop ? (loop.current as PyTask | null) : currentTasks.get(loop) ?? null;
}
function setCurrent(loop: PyVal, task: PyTask | null): void {
  if (loop instanceof PyLoop) loop.current = task;
  else if (task) currentTasks.set(loop, task);
  else currentTasks.delete(loop);
}

/** The done callback a waiting task puts on its future (CPython's bound `task_wakeup`); as a
 * bound builtin it receives [task, future]. */
const WAKEUP = (args: PyVal[]): PyVal => { nargs('task_wakeup', args, 2); (args[0] as PyTask).wakeup(args[1]); return None; };
function wakeupFn(task: PyTask): PyBuiltin { return new PyBuiltin('task_wakeup', WAKEUP, task, 'Task.task_wakeup'); }
const STEP = (args: PyVal[]): PyVal => { (args[0] as PyTask).step(args.length > 1 ? args[1] : null); return None; };
function stepWrapperFn(task: PyTask): PyBuiltin { return new PyBuiltin('task_step', STEP, task, 'Task.task_step'); }

export const taskType = makeType('Task', [futureType], false);
taskType.lazyDict = true;
taskType.module = '_asyncio';
taskType.tpName = '_asyncio.Task';
taskType.native = (cls) => new PyTask(cls);

// ---------------------------------------------------------------- Python-visible API
const tk = (self: PyVal) => self as PyTask;
method(taskType, '__init__', (self, args, kw) => {
  const [coro, loop, name, context] = clinic('Task', args, kw, ['coro', 'loop', 'name', 'context'], 0, 1, 1);
  tk(self).initTask(coro, loop ?? None, name ?? None, context ?? None);
  return None;
});
method(taskType, '_repr_info', (self) => new PyList(taskReprInfo(tk(self))));
method(taskType, 'get_coro', (self) => tk(self).coro);
method(taskType, 'get_name', (self) => tk(self).name);
method(taskType, 'set_name', (self, args) => { nargs('set_name', args, 1); tk(self).name = typeof args[0] === 'string' ? args[0] : str(args[0]); return None; });
method(taskType, 'set_result', () => { throw pyErr(RuntimeError, 'Task does not support set_result operation'); });
method(taskType, 'set_exception', () => { throw pyErr(RuntimeError, 'Task does not support set_exception operation'); });
method(taskType, 'cancel', (self, args, kw) => { const [msg] = clinic('cancel', args, kw, ['msg'], 0, 1, 0); return tk(self).cancelTask(msg ?? None); });
method(taskType, 'cancelling', (self) => tk(self).numCancelsRequested);
method(taskType, 'uncancel', (self) => {
  const t = tk(self);
  if (t.numCancelsRequested > 0) t.numCancelsRequested--;
  return t.numCancelsRequested;
});
method(taskType, 'get_stack', (self, args, kw) => {
  const [limit] = clinic('get_stack', args, kw, ['limit'], 0, 0, 0);
  return new PyList(taskStack(tk(self), limit === undefined || limit === None ? Infinity : Number(limit)));
});
method(taskType, 'print_stack', (self, args, kw) => {
  const [limit, file] = clinic('print_stack', args, kw, ['limit', 'file'], 0, 0, 0);
  // base_tasks._task_print_stack, in lib/asyncio.py.
  return call(pyHooks.printStack, [self, limit ?? None, file ?? None]);
});
getter(taskType, '_coro', (self) => tk(self).coro);
getter(taskType, '_name', (self) => tk(self).name);
getter(taskType, '_fut_waiter', (self) => tk(self).futWaiter);
getter(taskType, '_must_cancel', (self) => tk(self).mustCancel, (self, v) => { tk(self).mustCancel = truthy(v); });
getter(taskType, '_num_cancels_requested', (self) => tk(self).numCancelsRequested, (self, v) => { tk(self).numCancelsRequested = Number(v); });
getter(taskType, '_log_destroy_pending', (self) => tk(self).logDestroyPending, (self, v) => { tk(self).logDestroyPending = truthy(v); });

/** base_tasks._task_repr_info. */
function taskReprInfo(t: PyTask): string[] {
  const info = futureReprInfo(t);
  if (t.numCancelsRequested > 0 && t.state === PENDING) info[0] = 'cancelling';
  info.splice(1, 0, `name=${repr(t.name)}`);
  info.splice(2, 0, `coro=<${formatCoroutine(t.coro)}>`);
  if (t.futWaiter !== None) info.splice(3, 0, `wait_for=${repr(t.futWaiter)}`);
  return info;
}
/** coroutines._format_coroutine. */
export function formatCoroutine(c: PyVal): string {
  if (!(c instanceof PyGenerator)) {
    // Not a coroutine or generator: no code object, only a name.
    const q = getattrOpt(c, '__qualname__'), n = getattrOpt(c, '__name__');
    const name = `${q !== undefined && truthy(q) ? str(q) : n !== undefined && truthy(n) ? str(n) : `<${typeOf(c).name} without __name__>`}()`;
    const running = getattrOpt(c, 'cr_running') ?? getattrOpt(c, 'gi_running');
    return running !== undefined && truthy(running) ? `${name} running` : name;
  }
  const f = c.frame;
  const where = c.finished ? `done, defined at ${f.code.filename}:${f.code.firstLine}` : `running at ${f.code.filename}:${c.started ? f.l : f.code.firstLine}`;
  return `${f.code.qualname}() ${where}`;
}
/** base_tasks._task_get_stack: the suspended coroutine's frame (and its callers while it runs);
 * once it has finished, the frames of the exception's traceback. */
function taskStack(t: PyTask, limit: number): PyVal[] {
  const c = t.coro;
  const frames: Frame[] = [];
  if (c instanceof PyGenerator && !c.finished) {
    for (let f: Frame | null = c.frame; f && limit > 0; f = c.running ? f.back : null, limit--) frames.push(f);
    frames.reverse();
  } else if (t.exception !== null) {
    // tb holds the innermost entry first; the stack lists the outermost first.
    const tb = t.exception.tb;
    for (let i = tb.length - 1; i >= 0 && limit > 0; i--, limit--) frames.push(tb[i].frame as Frame);
  }
  return frames.map((f) => frameObjectHook.fn(f));
}

/** asyncio.current_task(loop) for a loop (the caller resolves the running loop). */
export function currentTask(loop: PyVal): PyVal { return currentOf(loop) ?? None; }
