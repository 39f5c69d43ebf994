// asyncio.Handle and asyncio.TimerHandle (asyncio/events.py): a callback with its arguments,
// waiting in the loop's ready queue or timer heap. A task step is a handle too: its callback is
// the task itself, run without any Python-level call.
import { PyObject, PyType, PyVal, None, PyFloat, makeType, objectType, NotImplemented } from './object';
import { PyList, tuple } from './types';
import { PyException, isExc, SystemExit, KeyboardInterrupt } from './exceptions';
import { call, callMethod, typeOf, repr, eq, hashFloat, toArray } from './ops';
import { method, getter, params } from './native';
import { PyDict } from './dict';
import { catchable, warnNeverAwaitedAt } from './rt';
import { PyCoroutine } from './coroutine';
import { handlingStack } from './generator';
import { observers, handleRan } from './loopObserver';
import { PyContext, snapshotContext, asContext, enterContext, exitContext } from './contextvars';
import { state } from './frame';

/** What a task exposes to the handles that step it or wake it up. */
export interface Steppable {
  step(exc: PyException | null): void;
  /** Task.__wakeup: the future it waited for is done. */
  wakeup(fut: PyVal): void;
  /** The bound Task.task_wakeup, as Python sees a wake-up callback. */
  wakeupCallable(): PyVal;
  /** The context its steps run in (a step handle's own ctx is unused). */
  stepContext(): PyVal;
}

export class PyHandle extends PyObject {
  cancelled = false;
  /** In the loop's ready queue (a task's step handle is reused once it has left it). */
  queued = false;
  /** A step handle that runs Task.__wakeup (CPython: the future's task_wakeup callback). */
  wakes = false;
  /** In debug mode, where it was made ("file:line", its source traceback's last entry). */
  createdAt: string | null = null;
  constructor(
    /** The callable, or the task for a task step; null once cancelled. */
    public cb: PyVal,
    public args: PyVal[] | null,
    public loop: PyVal,
    public ctx: PyVal,
    /** cb is a task to step, and args[0] (if any) the exception to throw into it; or, if `wakes`,
     * a task to wake up, and args[0] the future it waited for. */
    public isStep = false,
    cls: PyType = handleType,
  ) {
    super(cls, null);
    // As asyncio.Handle: without a context, the callback runs in a copy of the current one
    // (kept as a snapshot until it runs: see contextvars.ts).
    if (ctx === None) this.ctx = snapshotContext();
    if ((loop as { debugOn?: boolean }).debugOn === true && state.cur !== null) this.createdAt = `${state.cur.code.filename}:${state.cur.l}`;
  }

  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    this.cb = null;
    this.args = null;
  }

  /** Handle._run: the callback, inside its context (`self._context.run(callback, *args)`). */
  run(): void {
    const ctx = this.isStep ? (this.cb as Steppable).stepContext() : this.ctx instanceof Map ? (this.ctx = asContext(this.ctx)) : this.ctx;
    try {
      if (observers.length) handleRan(this);
      if (ctx instanceof PyContext) {
        enterContext(ctx);
        try {
          if (this.isStep) this.drive();
          else dropped(call(this.cb, this.args!));
        } finally { exitContext(ctx); }
      } else if (this.isStep) this.drive();
      else dropped(callMethod(ctx, 'run', [this.cb, ...this.args!]));
    } catch (e) {
      const exc = catchable(e);
      if (exc === null) throw e;
      if (isExc(exc, SystemExit) || isExc(exc, KeyboardInterrupt)) throw exc;
      const ctx = new PyDict();
      ctx.set('message', `Exception in callback ${this.callbackSource()}`);
      ctx.set('exception', exc);
      ctx.set('handle', this);
      // Handle._run calls the handler inside its `except`: the handler sees exc as the exception
      // being handled (sys.exc_info(), logging.exception, the __context__ of what it raises).
      const base = handlingStack.depth();
      handlingStack.restore([exc]);
      try {
        callMethod(this.loop, 'call_exception_handler', [ctx]);
      } finally {
        handlingStack.take(base);
      }
    }
  }

  private drive(): void {
    const task = this.cb as Steppable, args = this.args!;
    if (this.wakes) task.wakeup(args[0]);
    else task.step(args.length ? args[0] as PyException : null);
  }
  /** The callback as Python sees it. */
  callback(): PyVal {
    if (this.cb === null) return None;
    if (!this.isStep) return this.cb;
    return this.wakes ? (this.cb as Steppable).wakeupCallable() : stepWrapper(this.cb);
  }

  /** The callback as format_helpers._format_callback_source shows it. */
  callbackSource(): string {
    if (this.isStep && !this.wakes) return '<TaskStepMethWrapper object at 0x7f0000000000>()';
    return callbackSourceHook.fn(this.callback(), this.args);
  }
  reprInfo(): string[] {
    const info = [typeOf(this).name];
    if (this.cancelled) info.push('cancelled');
    if (this.cb !== null) info.push(this.callbackSource());
    if (this.createdAt !== null) info.push(`created at ${this.createdAt}`);
    return info;
  }
}
/** Handle._run drops the callback's result: a coroutine never started (`call_soon(coro_fn)`) is
 * freed there, and CPython warns from that line of asyncio/events.py. */
function dropped(r: PyVal): void {
  if (r instanceof PyCoroutine && !r.started && !r.finished) warnNeverAwaitedAt(r, '<yieldpoint:asyncio.events>', 80, 'asyncio.events');
}

/** future.ts provides the formatter (it also formats done callbacks). */
export const callbackSourceHook = { fn: (_cb: PyVal, _args: PyVal[] | null): string => '' };

/** The real clock never reads the same time twice, the virtual clock does. Where the virtual
 * times of two timers tie, CPython's would differ by the order of the clock reads that produced
 * them: `read` counts the program's loop.time() reads, `later` call_later's own reads since. */
export const clockReads = { read: 0, later: 0 };
export function countClockRead(): void { clockReads.read++; clockReads.later = 0; }
export class PyTimerHandle extends PyHandle {
  /** In the loop's timer heap. */
  scheduled = false;
  /** When the time this timer was computed from was read (call_at: the last loop.time() read;
   * equal keys and equal times tie exactly, as on CPython, and heapq's order decides). */
  readSeq = clockReads.read;
  laterSeq = 0;
  /** The loop's count of busy iterations when this timer was made (eventLoop.ts). */
  busyMark = 0;
  constructor(public when: number, cb: PyVal, args: PyVal[], loop: PyVal, ctx: PyVal, fromLater = false, cls: PyType = timerHandleType) {
    super(cb, args, loop, ctx, false, cls);
    if (fromLater) this.laterSeq = ++clockReads.later;
  }
  /** The heap order. */
  before(o: PyTimerHandle): boolean {
    return this.when < o.when || (this.when === o.when &&
      (this.readSeq < o.readSeq || (this.readSeq === o.readSeq && this.laterSeq < o.laterSeq)));
  }
  override cancel(): void {
    if (!this.cancelled) timerCancelled(this.loop, this);
    super.cancel();
  }
  override reprInfo(): string[] {
    const info = super.reprInfo();
    info.splice(this.cancelled ? 2 : 1, 0, `when=${repr(new PyFloat(this.when))}`);
    return info;
  }
}
/** loop._timer_handle_cancelled(handle), without a Python call when the loop is native. */
function timerCancelled(loop: PyVal, h: PyTimerHandle): void {
  const native = loop as { timerHandleCancelled?: (h: PyTimerHandle) => void };
  if (typeof native.timerHandleCancelled === 'function') native.timerHandleCancelled(h);
  else callMethod(loop, '_timer_handle_cancelled', [h]);
}

export const handleType = makeType('Handle', [objectType], false);
handleType.module = 'asyncio.events';
export const timerHandleType = makeType('TimerHandle', [handleType], false);
timerHandleType.module = 'asyncio.events';

const hd = (self: PyVal) => self as PyHandle;
const th = (self: PyVal) => self as PyTimerHandle;
// Handle(callback, args, loop, context=None) and TimerHandle(when, callback, args, loop, context=None),
// as events.py makes them (the loop schedules handles it makes itself; these are for programs).
handleType.native = (cls) => new PyHandle(null, null, None, null, false, cls);
timerHandleType.native = (cls) => new PyTimerHandle(0, null, [], None, null, false, cls);
function initHandle(h: PyHandle, cb: PyVal, cbArgs: PyVal, loop: PyVal, context: PyVal): PyVal {
  h.cb = cb; h.args = cbArgs === None ? [] : toArray(cbArgs); h.loop = loop;
  h.ctx = context === undefined || context === None ? snapshotContext() : context;
  return None;
}
method(handleType, '__init__', (self, args, kw) => {
  const [cb, cbArgs, loop, context] = params('Handle', args, kw, ['callback', 'args', 'loop', 'context'], 3, true);
  return initHandle(hd(self), cb, cbArgs, loop, context);
});
method(timerHandleType, '__init__', (self, args, kw) => {
  const [when, cb, cbArgs, loop, context] = params('TimerHandle', args, kw, ['when', 'callback', 'args', 'loop', 'context'], 4, true);
  th(self).when = when instanceof PyFloat ? when.v : Number(when);
  return initHandle(hd(self), cb, cbArgs, loop, context);
});
method(handleType, '__repr__', (self) => `<${hd(self).reprInfo().join(' ')}>`);
method(handleType, '_repr_info', (self) => new PyList(hd(self).reprInfo()));
method(handleType, 'cancel', (self) => { hd(self).cancel(); return None; });
method(handleType, 'cancelled', (self) => hd(self).cancelled);
method(handleType, '_run', (self) => { hd(self).run(); return None; });
getter(handleType, '_callback', (self) => hd(self).callback());
getter(handleType, '_args', (self) => (hd(self).args === null ? None : tuple(hd(self).args!)));
getter(handleType, '_cancelled', (self) => hd(self).cancelled);
getter(handleType, '_loop', (self) => hd(self).loop);
getter(handleType, '_context', (self) => (hd(self).isStep ? (hd(self).cb as Steppable).stepContext() : (hd(self).ctx = asContext(hd(self).ctx))));
method(timerHandleType, 'when', (self) => new PyFloat(th(self).when));
getter(timerHandleType, '_when', (self) => new PyFloat(th(self).when));
getter(timerHandleType, '_scheduled', (self) => th(self).scheduled, (self, v) => { th(self).scheduled = v === true; });
method(timerHandleType, '__hash__', (self) => hashFloat(th(self).when));
/** A TimerHandle comparison: NotImplemented unless both sides are timer handles. As events.py
 * compares them: by `when` alone (the loop's heap breaks ties itself, see `before`). */
const timerOp = (f: (a: PyTimerHandle, b: PyTimerHandle) => boolean) => (self: PyVal, args: PyVal[]): PyVal =>
  (args[0] instanceof PyTimerHandle ? f(th(self), args[0]) : NotImplemented);
method(timerHandleType, '__lt__', timerOp((a, b) => a.when < b.when));
method(timerHandleType, '__le__', timerOp((a, b) => a.when < b.when || timerEq(a, b)));
method(timerHandleType, '__gt__', timerOp((a, b) => a.when > b.when));
method(timerHandleType, '__ge__', timerOp((a, b) => a.when > b.when || timerEq(a, b)));
method(timerHandleType, '__eq__', timerOp(timerEq));
/** when, callback and args equal (==), and the same cancelled state. */
function timerEq(a: PyTimerHandle, b: PyTimerHandle): boolean {
  if (a.when !== b.when || a.cancelled !== b.cancelled) return false;
  if (!(a.cb === b.cb || (a.cb !== null && b.cb !== null && eq(a.cb, b.cb)))) return false;
  if (a.args === b.args) return true;
  return a.args !== null && b.args !== null && a.args.length === b.args.length && a.args.every((x, i) => x === b.args![i] || eq(x, b.args![i]));
}

/** What `handle._callback` shows for a task step (CPython's TaskStepMethWrapper). */
class StepWrapper extends PyObject { constructor(public task: PyVal) { super(stepWrapperType, null); } }
const stepWrapperType = makeType('TaskStepMethWrapper');
function stepWrapper(task: PyVal): PyVal { return new StepWrapper(task); }
getter(stepWrapperType, '__self__', (self) => (self as StepWrapper).task);
method(stepWrapperType, '__call__', (self) => { ((self as StepWrapper).task as Steppable).step(null); return None; });
