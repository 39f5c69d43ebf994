// The event loop's core, native like CPython's selector loop is fast: the FIFO ready queue, the
// timer heap and BaseEventLoop._run_once. The rest of the loop (run_until_complete, exception
// handlers, async generator shutdown) is Python, in lib/asyncio.py, subclassing this type.
import { PyObject, PyType, PyVal, None, PyFloat, AttrMap, makeType, objectType, PyFunction, Kw } from './object';
import { PyList } from './types';
import { pyErr, TypeError, RuntimeError } from './exceptions';
import { callMethod, repr, getattrOpt, getattr, truthy } from './ops';
import { method, getter, params } from './native';
import { isCallable } from './builtins';
import { PyDeque, dequeType } from './deque';
import { clock, nextUp } from './clock';
import { pollSignals } from './interrupts';
import { PyHandle, PyTimerHandle, countClockRead, type Steppable } from './handle';
import { asContext } from './contextvars';
import { observers, timerFired, runJobs, isCoroutine } from './loopObserver';

const MIN_SCHEDULED_TIMER_HANDLES = 100;
const MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5;
const CLOCK_RESOLUTION = 1e-9;
/** What one loop iteration that runs callbacks costs CPython at the least (a few microseconds):
 * the virtual clock stands still while callbacks keep the loop busy, but a timer still comes due
 * once that many busy iterations would have taken its time, so a task polling with sleep(0) for
 * a timer (`while not t.done(): await asyncio.sleep(0)`) sees it fire, as on a real clock. */
const BUSY_ITERATION = 1e-6;

/** What the Python half provides: the exception for a loop that would wait forever. */
export const loopHooks = { Deadlock: null as unknown as PyType };

export class PyLoop extends PyObject {
  ready = new PyDeque(dequeType);
  /** A heap ordered by `when`, exactly as heapq keeps it (equal times keep heapq's order). */
  scheduled = new PyList([]);
  timerCancelledCount = 0;
  stopping = false;
  closed = false;
  /** A step handle that has run, for the next step to reuse (one allocation fewer per switch). */
  spare: PyHandle | null = null;
  /** The task being stepped (asyncio's _current_tasks[loop]). */
  current: PyObject | null = null;
  /** What is in the loop's self-pipe, not yet read: signal numbers the C signal handler wrote to
   * it (set_wakeup_fd), and 0s from _write_to_self. The selector finds it readable at the next
   * iteration, whose ready queue then gets the reader's handle (_read_from_self), before the timers. */
  selfPipe: number[] = [];
  private selfReader: PyHandle | null = null;
  /** Iterations that ran without waiting (see BUSY_ITERATION), and their count when the clock
   * last caught up: a timer's busy time counts from then, or from its making if later. */
  private busy = 0;
  private busySynced = 0;
  /** loop._debug as set, and whether it is true. */
  debug: PyVal = false;
  debugOn = false;
  constructor(cls: PyType) { super(cls, cls.hasDict ? new AttrMap() : null); }

  /** Callbacks other threads handed over (call_soon_threadsafe) at times the loop's clock has not
   * reached yet, in time order (equal times in the order given): each joins the ready queue when
   * the clock gets there, before the timers due then (as after a wake-up by another thread). */
  inbox: { when: number; h: PyHandle }[] = [];
  checkClosed(): void { if (this.closed) throw pyErr(RuntimeError, 'Event loop is closed'); }
  callSoonFromThread(when: number, cb: PyVal, args: PyVal[], ctx: PyVal): PyHandle {
    const h = new PyHandle(cb, args, this, ctx);
    let i = this.inbox.length;
    while (i > 0 && this.inbox[i - 1].when > when) i--;
    this.inbox.splice(i, 0, { when, h });
    return h;
  }
  callSoon(cb: PyVal, args: PyVal[], ctx: PyVal): PyHandle {
    const h = new PyHandle(cb, args, this, ctx);
    this.ready.pushRight(h);
    return h;
  }
  /** Schedules a task's next step (its exception, if any, is thrown into the coroutine); the step
   * runs in the task's own context (Steppable.stepContext), so the handle keeps none. */
  callStepSoon(task: PyVal, exc: PyVal): void { this.queueStep(task, exc === null ? EMPTY : [exc], false); }
  /** Schedules Task.__wakeup(fut), as the future's done callback would (in the task's context). */
  callWakeSoon(task: PyVal, fut: PyVal): void { this.queueStep(task, [fut], true); }
  private queueStep(task: PyVal, args: PyVal[], wakes: boolean): void {
    let h = this.spare;
    if (h !== null) {
      this.spare = null;
      h.cb = task; h.args = args;
    } else h = new PyHandle(task, args, this, null, true);
    h.wakes = wakes;
    h.queued = true;
    this.ready.pushRight(h);
  }
  callAt(when: number, cb: PyVal, args: PyVal[], ctx: PyVal, fromLater = false): PyTimerHandle {
    const h = new PyTimerHandle(when, cb, args, this, ctx, fromLater);
    h.busyMark = this.busy;
    heapPush(this.scheduled.items, h);
    h.scheduled = true;
    return h;
  }
  timerHandleCancelled(h: PyTimerHandle): void { if (h.scheduled) this.timerCancelledCount++; }

  runOnce(): void {
    const heap = this.scheduled.items as PyTimerHandle[];
    if (heap.length > MIN_SCHEDULED_TIMER_HANDLES && this.timerCancelledCount / heap.length > MIN_CANCELLED_TIMER_HANDLES_FRACTION) {
      const kept: PyTimerHandle[] = [];
      for (const h of heap) {
        if (h.cancelled) h.scheduled = false;
        else kept.push(h);
      }
      heapify(kept);
      this.scheduled.items = kept;
      this.timerCancelledCount = 0;
    } else {
      while (heap.length && heap[0].cancelled) {
        this.timerCancelledCount--;
        heapPop(heap).scheduled = false;
      }
    }
    const timers = this.scheduled.items as PyTimerHandle[];
    // Work queued for other threads runs now, before any wait: a thread runs beside the loop.
    runJobs();
    pollSignals();
    const inbox = this.inbox;
    if (this.ready.length || this.stopping || this.selfPipe.length) {
      // No wait; but a timer the busy iterations have reached is due (the clock catches up).
      this.busy++;
      if (timers.length && !clock.realtime && clock.thread === null) {
        const h = timers[0];
        if (clock.virtual + (this.busy - Math.max(h.busyMark, this.busySynced)) * BUSY_ITERATION >= h.when) {
          clock.sleepUntil(h.laterSeq > 0 ? h.when : nextUp(h.when));
          this.busySynced = this.busy;
        }
      }
    } else if (timers.length || inbox.length) {
      this.busySynced = this.busy;
      // Like a real clock, never early: a call_later deadline is already rounded so that the time
      // it was set at plus the delay is reached (clock.after); an absolute one (call_at, a
      // timeout's `when`) is read just after, so that `loop.time() - base >= delay` holds too.
      const h = timers.length ? timers[0] : null;
      const due = h === null ? Infinity : h.laterSeq > 0 ? h.when : nextUp(h.when);
      // A signal's handler may make something ready (or write to the self-pipe): the wait ends.
      clock.sleepUntil(inbox.length && inbox[0].when < due ? inbox[0].when : due, () => this.ready.length > 0 || this.selfPipe.length > 0);
    } else throw pyErr(loopHooks.Deadlock, 'the event loop has nothing ready and no timer: every task waits forever (CPython would hang here)');
    while (inbox.length && inbox[0].when <= clock.now()) this.ready.pushRight(inbox.shift()!.h);
    if (this.selfPipe.length) this.ready.pushRight(this.selfReader ??= new PyHandle(getattr(this, '_read_from_self'), [], this, None));

    const end = clock.now() + CLOCK_RESOLUTION;
    while (timers.length) {
      if (timers[0].when >= end) break;
      const h = heapPop(timers);
      h.scheduled = false;
      if (observers.length) timerFired(h);
      this.ready.pushRight(h);
    }
    // Only the handles ready when the iteration began run in it.
    const ready = this.ready;
    for (let n = ready.length; n > 0; n--) {
      const h = ready.popLeft() as PyHandle;
      h.queued = false;
      if (h.cancelled) continue;
      if (this.debugOn) this.runTimed(h);
      else h.run();
      // A step handle nobody can reach any more (it is not queued again) is the next step's.
      if (h.isStep && !h.queued && !h.cancelled && h.loop === this) this.spare = h;
    }
  }
  /** In debug mode, a handle that held the loop for slow_callback_duration or more is logged. */
  private runTimed(h: PyHandle): void {
    const t0 = clock.now();
    h.run();
    const dt = clock.now() - t0;
    const limit = getattrOpt(this, 'slow_callback_duration');
    if (limit !== undefined && dt >= seconds(limit)) callMethod(this, '_log_slow_callback', [h, new PyFloat(dt)]);
  }
}
const EMPTY: PyVal[] = [];

/** loop.call_soon(cb, *args) etc. for any loop: native loops take the handle directly. */
export function callSoon(loop: PyVal, cb: PyVal, args: PyVal[], ctx: PyVal): void {
  if (schedulesNatively(loop)) { loop.checkClosed(); loop.callSoon(cb, args, ctx); return; }
  const kw = new Map<string, PyVal>([['context', asContext(ctx)]]);
  callMethod(loop, 'call_soon', [cb, ...args], kw);
}
/** A native loop whose call_soon is its own (not a program's override): handles go in directly. */
function schedulesNatively(loop: PyVal): loop is PyLoop {
  return loop instanceof PyLoop && loop.cls.lookup('call_soon') === nativeCallSoon;
}
/** Schedules a task's wake-up by a done future (Future._schedule_callbacks for the task's
 * registered Task.task_wakeup), without the bound callback when the loop is native. */
export function wakeSoon(loop: PyVal, task: Steppable, fut: PyVal): void {
  if (schedulesNatively(loop)) { loop.checkClosed(); loop.callWakeSoon(task, fut); }
  else callSoon(loop, task.wakeupCallable(), [fut], task.stepContext());
}

// ---------------------------------------------------------------- heapq's algorithm, on `when`
function siftDown(heap: PyTimerHandle[], start: number, pos: number): void {
  const item = heap[pos];
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = heap[parentPos];
    if (item.before(parent)) { heap[pos] = parent; pos = parentPos; continue; }
    break;
  }
  heap[pos] = item;
}
function siftUp(heap: PyTimerHandle[], pos: number): void {
  const end = heap.length, start = pos, item = heap[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !heap[child].before(heap[right])) child = right;
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  siftDown(heap, start, pos);
}
function heapPush(heap: PyTimerHandle[], h: PyTimerHandle): void { heap.push(h); siftDown(heap, 0, heap.length - 1); }
function heapPop(heap: PyTimerHandle[]): PyTimerHandle {
  const last = heap.pop()!;
  if (!heap.length) return last;
  const top = heap[0];
  heap[0] = last;
  siftUp(heap, 0);
  return top;
}
function heapify(heap: PyTimerHandle[]): void { for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftUp(heap, i); }

// ---------------------------------------------------------------- Python-visible API
export const loopType = makeType('BaseEventLoop', [objectType], true);
loopType.module = 'asyncio.base_events';
loopType.native = (cls) => new PyLoop(cls);
const lp = (self: PyVal) => self as PyLoop;

/** CPython checks callbacks in debug mode only; otherwise a bad one fails when it runs. */
function checkCallback(loop: PyVal, cb: PyVal, what: string): void {
  const debug = getattrOpt(loop, '_debug');
  if (debug === null || !truthy(debug)) return;
  const f = cb instanceof PyFunction ? cb : getattrOpt(cb, '__func__');
  if (isCoroutine(cb) || (f instanceof PyFunction && f.code.kind === 'coroutine')) throw pyErr(TypeError, `coroutines cannot be used with ${what}()`);
  if (!isCallable(cb)) throw pyErr(TypeError, `a callable object was expected by ${what}(), got ${repr(cb)}`);
}
function contextArg(name: string, kw: Kw): PyVal { return kw === null || kw.size === 0 ? None : params(`BaseEventLoop.${name}`, [], kw, ['context'], 0, true)[0] ?? None; }
function seconds(v: PyVal): number { return v instanceof PyFloat ? v.v : Number(v); }

method(loopType, 'time', () => { countClockRead(); return new PyFloat(clock.now()); });
/** loop.time() for the library's own comparisons: no timer is computed from it. */
method(loopType, '_time_peek', () => new PyFloat(clock.now()));
method(loopType, '_check_closed', (self) => { lp(self).checkClosed(); return None; });
method(loopType, 'is_closed', (self) => lp(self).closed);
method(loopType, 'stop', (self) => { lp(self).stopping = true; return None; });
/** loop.call_soon and call_soon_threadsafe (the program has one thread: they are the same, but for
 * other-thread work ahead of the loop's clock). */
const callSoonMethod = (what: string) => (self: PyVal, args: PyVal[], kw: Kw): PyVal => {
  if (!args.length) throw pyErr(TypeError, `${what}() missing 1 required positional argument: 'callback'`);
  const ctx = contextArg(what, kw);
  lp(self).checkClosed();
  checkCallback(self, args[0], what);
  return lp(self).callSoon(args[0], args.slice(1), ctx);
};
method(loopType, 'call_soon', callSoonMethod('call_soon'));
const nativeCallSoon = loopType.dict.get('call_soon');
const callSoonThreadsafe = callSoonMethod('call_soon_threadsafe');
method(loopType, 'call_soon_threadsafe', (self, args, kw) => {
  // From other-thread work whose clock is ahead of the loop's (threads.ts): the loop gets the
  // callback when its clock reaches the time the thread handed it over.
  const at = clock.thread;
  if (at === null || at <= clock.mainNow() || !args.length) return callSoonThreadsafe(self, args, kw);
  const ctx = contextArg('call_soon_threadsafe', kw);
  lp(self).checkClosed();
  checkCallback(self, args[0], 'call_soon_threadsafe');
  return lp(self).callSoonFromThread(at, args[0], args.slice(1), ctx);
});
method(loopType, '_call_soon', (self, args) => lp(self).callSoon(args[0], (args[1] as { items: PyVal[] }).items, args[2] ?? None));
function callAt(self: PyVal, when: PyVal, args: PyVal[], kw: Kw, what: string): PyVal {
  const ctx = contextArg(what, kw);
  lp(self).checkClosed();
  checkCallback(self, args[0], 'call_at');
  return lp(self).callAt(seconds(when), args[0], args.slice(1), ctx, what === 'call_later');
}
method(loopType, 'call_later', (self, args, kw) => {
  if (args[0] === None) throw pyErr(TypeError, 'delay must not be None');
  return callAt(self, new PyFloat(clock.after(seconds(args[0]))), args.slice(1), kw, 'call_later');
});
method(loopType, 'call_at', (self, args, kw) => {
  if (args[0] === None) throw pyErr(TypeError, 'when cannot be None');
  return callAt(self, args[0], args.slice(1), kw, 'call_at');
});
method(loopType, '_timer_handle_cancelled', (self, args) => { lp(self).timerHandleCancelled(args[0] as PyTimerHandle); return None; });
method(loopType, '_run_once', (self) => { lp(self).runOnce(); return None; });
/** run_forever's loop: iterations until stop() (the Python caller sets up and restores the running loop). */
method(loopType, '_run_until_stopped', (self) => {
  const loop = lp(self);
  for (;;) {
    loop.runOnce();
    if (loop.stopping) break;
  }
  return None;
});
getter(loopType, '_ready', (self) => lp(self).ready);
getter(loopType, '_scheduled', (self) => lp(self).scheduled);
getter(loopType, '_stopping', (self) => lp(self).stopping, (self, v) => { lp(self).stopping = v === true; });
getter(loopType, '_closed', (self) => lp(self).closed, (self, v) => { lp(self).closed = v === true; });
getter(loopType, '_timer_cancelled_count', (self) => lp(self).timerCancelledCount, (self, v) => { lp(self).timerCancelledCount = Number(v); });
getter(loopType, '_debug', (self) => lp(self).debug, (self, v) => { lp(self).debug = v; lp(self).debugOn = truthy(v); });
/** _write_to_self(byte=0): a byte into the self-pipe (the C signal handler writes the signal's number). */
method(loopType, '_write_to_self', (self, args) => { lp(self).selfPipe.push(args.length ? Number(args[0]) : 0); return None; });
/** What the self-pipe holds, emptying it (_read_from_self's recv). */
method(loopType, '_take_self_pipe', (self) => new PyList(lp(self).selfPipe.splice(0)));
getter(loopType, '_clock_resolution', () => new PyFloat(CLOCK_RESOLUTION));
