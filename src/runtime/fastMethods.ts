// Native paths for asyncio's queues and locks: their plain methods (Queue's get_nowait/put_nowait
// and the tests they make, Event.set/clear, Lock.release, Semaphore's), and the waits their
// coroutines make (Wait: Queue.get/put, Event.wait, Lock/Semaphore.acquire; fastCoroutine.ts
// runs them). The methods stay CPython's Python functions; a native path replaces the body each
// call runs, and answers FALLBACK to run the Python body instead.
// Invariant: a path answers FALLBACK only before it has changed anything, and it runs only while
// every method it stands in for is the library's own (a program's override is always called, by
// the Python body), so the fallback is invisible.
import { PyVal, PyType, PyFunction, PyObject, AttrMap, TYPE_VERSION, None } from './object';
import { PyDeque, dequeType } from './deque';
import { PyFuture, futureType, PENDING, CANCELLED, aio } from './future';
import { pyErr, isExc, ValueError } from './exceptions';
import { gt, add, repr, callMethodIC, getattrIC, InlineCache, truthy, objectGetattribute, objectSetattr } from './ops';
import { runningLoop } from './loopObserver';
import { loopType } from './eventLoop';

/** A native path's answer "run the Python body". */
export const FALLBACK = Symbol('fallback');
export type MethodPath = (args: PyVal[]) => PyVal | typeof FALLBACK;

/** A method of the instance's type, resolved once per type (and class change), that no attribute
 * of the instance shadows: `pick` keeps what a fast path may use of it, or null. */
export class MethodCache<T> {
  private t: PyType | null = null;
  private v = -1;
  private hit: T | null = null;
  constructor(private name: string, private pick: (m: PyVal) => T | null) {}
  get(self: PyVal): T | null {
    if (!(self instanceof PyObject)) return null;
    if (self.cls !== this.t || this.v !== TYPE_VERSION.v) {
      this.hit = this.pick(self.cls.lookup(this.name));
      this.t = self.cls; this.v = TYPE_VERSION.v;
    }
    const d = self.dict;
    return d !== null && (!(d instanceof AttrMap) || d.o[this.name] !== undefined) ? null : this.hit;
  }
}

/** The plain library methods that have a native path. */
const natives = new WeakMap<PyFunction, MethodPath>();
/** The native path of a library function, if it has one. */
export const nativePath = (f: PyFunction): MethodPath | null => natives.get(f) ?? null;
/** `self.NAME`'s native path, when it is the library's own method. */
export const libPath = (name: string): MethodCache<MethodPath> => new MethodCache(name, (m) => (m instanceof PyFunction ? natives.get(m) ?? null : null));

type Attrs = Record<string, PyVal>;
/** Instances of a library class whose type keeps the library's behaviour: the named methods are
 * the library's own (with native paths) and the named attributes are plain instance attributes
 * (no descriptor on the type, default __getattribute__ and __setattr__), checked once per type
 * and class change. Paths then read and write those attributes directly; each path still checks
 * that the instance itself shadows none of the methods it stands in for. */
class Layout {
  private t: PyType | null = null;
  private v = -1;
  private ok = false;
  /** `noneAttrs`: class attributes that must be None (the mixin's `_loop = None`). */
  constructor(private methods: string[], private attrs: string[], private noneAttrs: string[] = []) {}
  /** self's attributes, when its type keeps the layout; else null. */
  of(self: PyVal): Attrs | null {
    if (!(self instanceof PyObject)) return null;
    if (self.cls !== this.t || this.v !== TYPE_VERSION.v) {
      const t = self.cls, s = t.slots();
      this.t = t; this.v = TYPE_VERSION.v;
      this.ok = !(self instanceof PyType) && s.getattribute === objectGetattribute && s.setattr === objectSetattr &&
        this.methods.every((m) => { const f = t.lookup(m); return f instanceof PyFunction && natives.has(f); }) &&
        this.attrs.every((a) => t.lookup(a) === undefined) && this.noneAttrs.every((a) => t.lookup(a) === None);
    }
    const d = self.dict;
    return this.ok && d instanceof AttrMap ? d.o : null;
  }
  /** The same layout with _LoopBoundMixin's `_get_loop` (and its class attribute `_loop = None`),
   * which the waits use. */
  withLoop(): Layout { return new Layout([...this.methods, '_get_loop'], this.attrs, ['_loop']); }
}
const queueLayout = new Layout(['empty', 'full', 'qsize', '_get', '_put', '_wakeup_next', 'get_nowait', 'put_nowait'],
  ['_queue', '_maxsize', '_getters', '_putters', '_unfinished_tasks', '_finished']);
const eventLayout = new Layout(['set', 'clear'], ['_value', '_waiters']);
const lockLayout = new Layout(['release', '_wake_up_first'], ['_locked', '_waiters']);
const semaphoreLayout = new Layout(['locked', '_wake_up_next'], ['_value', '_waiters']);
const waitLayouts = { queue: queueLayout.withLoop(), event: eventLayout.withLoop(), lock: lockLayout.withLoop(), semaphore: semaphoreLayout.withLoop() };

const loopBoundLayout = new Layout(['_get_loop'], [], ['_loop']);
const plainDeque = (v: PyVal): v is PyDeque => v instanceof PyDeque && v.cls === dequeType;
/** A Queue's attributes and its deque, when the paths may stand in for its methods. */
function queueOf(self: PyVal): Attrs | null {
  const o = queueLayout.of(self);
  return o !== null && plainDeque(o._queue) ? o : null;
}

/** A future of loop.create_future()'s own type. */
const plainFuture = (v: PyVal): v is PyFuture => v instanceof PyFuture && v.cls === futureType;
const doneIC = new InlineCache(), setResultIC = new InlineCache();
/** `if not fut.done(): fut.set_result(v)`, natively for loop.create_future()'s futures; true if it was set. */
function resolve(fut: PyVal, v: PyVal): boolean {
  if (plainFuture(fut)) {
    if (fut.state !== PENDING) return false;
    fut.setResult(v);
    return true;
  }
  if (truthy(callMethodIC(fut, 'done', [], doneIC))) return false;
  callMethodIC(fut, 'set_result', [v], setResultIC);
  return true;
}
/** Queue._wakeup_next: `while waiters: w = waiters.popleft(); if not w.done(): w.set_result(None); break` */
function wakeupNext(waiters: PyDeque): void {
  while (waiters.length > 0) if (resolve(waiters.popLeft(), None)) break;
}
/** Lock._wake_up_first: `if self._waiters: fut = next(iter(self._waiters)); if not fut.done(): fut.set_result(True)` */
function wakeUpFirst(waiters: PyDeque | typeof None): void {
  if (waiters !== None && waiters.length > 0) resolve(waiters.at(0), true);
}
/** Queue.full, when qsize is the library's: `self._maxsize > 0 and len(self._queue) >= self._maxsize`. */
function isFull(o: Attrs): PyVal | typeof FALLBACK {
  const max = o._maxsize;
  if (typeof max !== 'number') return FALLBACK;
  return max > 0 && (o._queue as PyDeque).length >= max;
}

/** Queue.get_nowait, for `Queue.get`'s fast path too: FALLBACK when the queue is empty (the
 * Python body raises QueueEmpty, with its own frame in the traceback). */
export function queueGetNowait(self: PyVal): PyVal | typeof FALLBACK {
  const o = queueOf(self);
  if (o === null || o.empty !== undefined || o._get !== undefined || o._wakeup_next !== undefined) return FALLBACK;
  const q = o._queue as PyDeque, putters = o._putters;
  if (q.length === 0 || !plainDeque(putters)) return FALLBACK;
  const item = q.popLeft();
  wakeupNext(putters);
  return item;
}
/** Queue.put_nowait, for `Queue.put`'s fast path too: FALLBACK when the queue is full. */
export function queuePutNowait(self: PyVal, item: PyVal): PyVal | typeof FALLBACK {
  const o = queueOf(self);
  if (o === null || o.full !== undefined || o.qsize !== undefined || o._put !== undefined || o._wakeup_next !== undefined) return FALLBACK;
  const getters = o._getters, finished = o._finished, unfinished = o._unfinished_tasks;
  const fin = eventLayout.of(finished);
  if (isFull(o) !== false || !plainDeque(getters) || fin === null || fin.clear !== undefined || typeof unfinished !== 'number') return FALLBACK;
  (o._queue as PyDeque).pushRight(item);
  o._unfinished_tasks = add(unfinished, 1);
  fin._value = false;
  wakeupNext(getters);
  return None;
}

// ---------------------------------------------------------------- waits
/** A fast path's answer when the body would wait on a future it made: the coroutine awaits it
 * natively (as `await fut`), then `after` runs with null (the future finished) or the exception
 * raised at the await, and returns the body's result, or the next Wait. A wait keeps only what
 * `after` needs in fields of its own (thousands of tasks can sit in one). */
export abstract class Wait {
  constructor(readonly fut: PyFuture) {}
  abstract after(exc: PyVal | null): PyVal | Wait;
}

/** _LoopBoundMixin._get_loop: the running loop, bound to the object on first use. */
function getLoop(o: Attrs): PyVal | typeof FALLBACK {
  const loop = runningLoop.loop;
  if (o._loop === undefined || o._loop === None) o._loop = loop;
  return loop === o._loop ? loop : FALLBACK;
}
/** loop.create_future is the native one (checked once per loop type and class change). */
const futuresOf = { t: null as PyType | null, v: -1, ok: false };
function nativeFutures(loop: PyVal): boolean {
  if (!(loop instanceof PyObject)) return false;
  const c = futuresOf;
  if (loop.cls !== c.t || c.v !== TYPE_VERSION.v) {
    c.t = loop.cls; c.v = TYPE_VERSION.v;
    c.ok = loop.cls.lookup('create_future') === loopType.dict.get('create_future');
  }
  return c.ok && (loop.dict === null || !loop.dict.has('create_future'));
}
/** `loop.create_future()`, the native one, labelled for the trace and the debugger; null if the loop has its own. */
function newFuture(loop: PyVal, label: string): PyFuture | null {
  if (!nativeFutures(loop)) return null;
  const f = new PyFuture(futureType);
  f.loop = loop;
  f.waitLabel = label;
  return f;
}
/** `self._get_loop().create_future()`, natively; null when the Python body must make it. */
function loopFuture(o: Attrs, label: string): PyFuture | null {
  const loop = getLoop(o);
  return loop === FALLBACK ? null : newFuture(loop, label);
}
/** `if self._waiters is None: self._waiters = collections.deque()`, then `self._waiters.append(fut)` */
function enqueue(o: Attrs, fut: PyFuture): void {
  if (o._waiters === None) o._waiters = new PyDeque(dequeType);
  (o._waiters as PyDeque).pushRight(fut);
}
/** `waiters.remove(fut)`, by identity (the futures are exact ones); false if it is not there. */
function removeFrom(waiters: PyVal, fut: PyFuture): boolean {
  if (plainDeque(waiters)) {
    for (let i = 0; i < waiters.length; i++) if (waiters.at(i) === fut) { waiters.removeAt(i); return true; }
    return false;
  }
  try { callMethodIC(waiters, 'remove', [fut], removeIC); } catch (e) { if (isExc(e, ValueError)) return false; throw e; }
  return true;
}

/** deque.remove's error. */
const notInDeque = (fut: PyFuture) => pyErr(ValueError, `${repr(fut)} is not in deque`);
const removeIC = new InlineCache(), ypWaitIC = new InlineCache(), nowaitIC = new InlineCache();

/** Event.wait after `if self._value: return True`: `fut = self._get_loop().create_future()`,
 * `self._waiters.append(fut)`, `await fut` and `return True`, `finally: self._waiters.remove(fut)`. */
export function eventWait(self: PyVal): Wait | null {
  const o = waitLayouts.event.of(self);
  if (o === null || o._get_loop !== undefined || !plainDeque(o._waiters)) return null;
  const fut = loopFuture(o, String(getattrIC(self, '_yp_wait', ypWaitIC)));
  if (fut === null) return null;
  enqueue(o, fut);
  return new EventWait(fut, o);
}
/** Event.wait's test `if self._value: return True` for the library's own Event: true, else the
 * Wait; undefined when the Python way must decide. */
export function eventWaitNow(self: PyVal): PyVal | Wait | undefined {
  const o = waitLayouts.event.of(self);
  if (o === null || typeof o._value !== 'boolean') return undefined;
  return o._value ? true : eventWait(self) ?? undefined;
}
class EventWait extends Wait {
  constructor(fut: PyFuture, private o: Attrs) { super(fut); }
  after(exc: PyVal | null): PyVal {
    if (!removeFrom(this.o._waiters, this.fut)) throw notInDeque(this.fut);
    if (exc !== null) throw exc;
    return true;
  }
}

/** Lock.acquire once the lock is taken: waits for its turn in `self._waiters` and takes the lock;
 * cancelled, it passes the turn on (`if not self._locked: self._wake_up_first()`). */
export function lockWait(self: PyVal): Wait | null {
  const o = waitLayouts.lock.of(self);
  if (o === null || o._get_loop !== undefined || o._wake_up_first !== undefined || (o._waiters !== None && !plainDeque(o._waiters))) return null;
  const fut = loopFuture(o, 'Lock');
  if (fut === null) return null;
  enqueue(o, fut);
  return new LockWait(fut, o);
}
/** Lock.acquire's test `not self._locked and all(w.cancelled() for w in self._waiters)` for the
 * library's Lock with exact waiter futures: true when it takes the lock, else the Wait; undefined
 * when the Python way must decide. */
export function lockAcquire(self: PyVal): PyVal | Wait | undefined {
  const o = waitLayouts.lock.of(self);
  if (o === null || typeof o._locked !== 'boolean' || (o._waiters !== None && !plainDeque(o._waiters))) return undefined;
  let free = !o._locked;
  const waiters = o._waiters;
  if (free && waiters !== None) {
    for (let i = 0; i < waiters.length; i++) {
      const w = waiters.at(i);
      if (!plainFuture(w)) return undefined;
      if (w.state !== CANCELLED) { free = false; break; }
    }
  }
  if (free) { o._locked = true; return true; }
  return lockWait(self) ?? undefined;
}
// ---------------------------------------------------------------- Semaphore
/** A Semaphore's attributes when `_value` is an int and `_waiters` None or a deque of exact futures. */
function semaphoreOf(layout: Layout, self: PyVal): Attrs | null {
  const o = layout.of(self);
  if (o === null || typeof o._value !== 'number') return null;
  const w = o._waiters;
  if (w === None) return o;
  if (!plainDeque(w)) return null;
  for (let i = 0; i < w.length; i++) if (!plainFuture(w.at(i))) return null;
  return o;
}
/** Semaphore.locked: `self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))` */
function semLocked(o: Attrs): boolean {
  if (o._value === 0) return true;
  const w = o._waiters;
  if (w === None) return false;
  for (let i = 0; i < (w as PyDeque).length; i++) if (((w as PyDeque).at(i) as PyFuture).state !== CANCELLED) return true;
  return false;
}
/** Semaphore._wake_up_next: the first waiter not done takes a unit and is woken. */
function semWakeUpNext(o: Attrs): void {
  const w = o._waiters;
  if (w === None) return;
  for (let i = 0; i < (w as PyDeque).length; i++) {
    const f = (w as PyDeque).at(i) as PyFuture;
    if (f.state === PENDING) { o._value = add(o._value, -1); f.setResult(true); return; }
  }
}
/** Semaphore.acquire: `if not self.locked(): self._value -= 1; return True`, else a Wait for a
 * unit; undefined when the Python way must decide. */
export function semaphoreAcquire(self: PyVal): PyVal | Wait | undefined {
  const o = semaphoreOf(waitLayouts.semaphore, self);
  if (o === null || o.locked !== undefined || o._wake_up_next !== undefined || o._get_loop !== undefined) return undefined;
  if (!semLocked(o)) { o._value = add(o._value, -1); return true; }
  const fut = loopFuture(o, 'Semaphore');
  if (fut === null) return undefined;
  enqueue(o, fut);
  return new SemaphoreWait(fut, self, o);
}
class SemaphoreWait extends Wait {
  constructor(fut: PyFuture, private self: PyVal, private o: Attrs) { super(fut); }
  after(exc: PyVal | null): PyVal {
    const o = this.o, fut = this.fut;
    if (!removeFrom(o._waiters, fut)) throw notInDeque(fut);
    if (exc !== null) {
      if (isExc(exc, aio.CancelledError) && fut.state !== CANCELLED) {
        o._value = add(o._value, 1);
        this.wakeUpNext();
      }
      throw exc;
    }
    if (truthy(gt(o._value, 0))) this.wakeUpNext();
    return true;
  }
  /** `self._wake_up_next()`: natively unless the program changed the semaphore meanwhile. */
  private wakeUpNext(): void {
    const o = semaphoreOf(semaphoreLayout, this.self);
    if (o !== null && o._wake_up_next === undefined) semWakeUpNext(o);
    else callMethodIC(this.self, '_wake_up_next', [], wakeUpNextIC);
  }
}
const wakeUpNextIC = new InlineCache();

class LockWait extends Wait {
  constructor(fut: PyFuture, private o: Attrs) { super(fut); }
  after(exc: PyVal | null): PyVal {
    const o = this.o;
    if (!removeFrom(o._waiters, this.fut)) throw notInDeque(this.fut);
    if (exc !== null) {
      if (isExc(exc, aio.CancelledError) && !truthy(o._locked) && plainDeque(o._waiters)) wakeUpFirst(o._waiters);
      throw exc;
    }
    o._locked = true;
    return true;
  }
}

/** Queue.get/put's loop `while <no item / no room>: <wait on a getter / putter>`, then the
 * nowait call. A cancelled waiter cancels its future, leaves the deque and, if it had been
 * woken, wakes the next one. */
function queueWait(self: PyVal, get: boolean, item: PyVal): Wait | null {
  const o = waitLayouts.queue.of(self);
  if (o === null || !plainDeque(o._queue) || o._get_loop !== undefined || o.empty !== undefined || o.full !== undefined || o.qsize !== undefined ||
    !plainDeque(o._getters) || !plainDeque(o._putters)) return null;
  const loop = getLoop(o);
  if (loop === FALLBACK || !nativeFutures(loop) || !queueBlocked(o, get)) return null;
  return queueWaitNext(self, o, get, item, loop) as Wait;
}
const queueBlocked = (o: Attrs, get: boolean): boolean => (get ? (o._queue as PyDeque).length === 0 : isFull(o) === true);
/** One turn of the loop: the nowait call if it may go on, else the next wait. */
function queueWaitNext(self: PyVal, o: Attrs, get: boolean, item: PyVal, loop: PyVal): PyVal | Wait {
  if (!queueBlocked(o, get)) {
    const r = get ? queueGetNowait(self) : queuePutNowait(self, item);
    return r !== FALLBACK ? r : callMethodIC(self, get ? 'get_nowait' : 'put_nowait', get ? [] : [item], nowaitIC);
  }
  const fut = newFuture(loop, get ? 'Queue.get' : 'Queue.put')!;
  ((get ? o._getters : o._putters) as PyDeque).pushRight(fut);
  return new QueueWait(fut, self, o, get, item, loop);
}
class QueueWait extends Wait {
  constructor(fut: PyFuture, private self: PyVal, private o: Attrs, private get: boolean, private item: PyVal, private loop: PyVal) { super(fut); }
  after(exc: PyVal | null): PyVal | Wait {
    const { o, get, fut } = this;
    if (exc === null) return queueWaitNext(this.self, o, get, this.item, this.loop);
    fut.cancel(None);
    const w = get ? o._getters : o._putters;
    removeFrom(w, fut);
    if (!queueBlocked(o, get) && fut.state !== CANCELLED && plainDeque(w)) wakeupNext(w);
    throw exc;
  }
}
export const queueGetWait = (self: PyVal): Wait | null => queueWait(self, true, None);
export const queuePutWait = (self: PyVal, item: PyVal): Wait | null => queueWait(self, false, item);

/** The native paths by name (fastTasks.ts adds the task functions'). */
export const methodPaths: Record<string, MethodPath> = {
  /** `loop = events._get_running_loop()`; bound on first use; RuntimeError (the body's) if another */
  '_LoopBoundMixin._get_loop': ([self]) => {
    const o = loopBoundLayout.of(self);
    return o === null ? FALLBACK : getLoop(o);
  },
  /** `return self._queue.popleft()` */
  'Queue._get': ([self]) => { const o = queueOf(self); return o === null || (o._queue as PyDeque).length === 0 ? FALLBACK : (o._queue as PyDeque).popLeft(); },
  /** `self._queue.append(item)` */
  'Queue._put': ([self, item]) => { const o = queueOf(self); if (o === null) return FALLBACK; (o._queue as PyDeque).pushRight(item); return None; },
  /** `return len(self._queue)` */
  'Queue.qsize': ([self]) => { const o = queueOf(self); return o === null ? FALLBACK : (o._queue as PyDeque).length; },
  /** `return not self._queue` */
  'Queue.empty': ([self]) => { const o = queueOf(self); return o === null ? FALLBACK : (o._queue as PyDeque).length === 0; },
  /** `if self._maxsize <= 0: return False` else `return self.qsize() >= self._maxsize` */
  'Queue.full': ([self]) => { const o = queueOf(self); return o === null || o.qsize !== undefined ? FALLBACK : isFull(o); },
  'Queue._wakeup_next': ([, waiters]) => { if (!plainDeque(waiters)) return FALLBACK; wakeupNext(waiters); return None; },
  'Queue.get_nowait': ([self]) => queueGetNowait(self),
  'Queue.put_nowait': ([self, item]) => queuePutNowait(self, item),
  'Semaphore.locked': ([self]) => { const o = semaphoreOf(semaphoreLayout, self); return o === null ? FALLBACK : semLocked(o); },
  'Semaphore._wake_up_next': ([self]) => { const o = semaphoreOf(semaphoreLayout, self); if (o === null) return FALLBACK; semWakeUpNext(o); return None; },
  /** `self._value += 1; self._wake_up_next()` */
  'Semaphore.release': ([self]) => {
    const o = semaphoreOf(semaphoreLayout, self);
    if (o === null || o._wake_up_next !== undefined) return FALLBACK;
    o._value = add(o._value, 1);
    semWakeUpNext(o);
    return None;
  },
  /** `self._value = False` */
  'Event.clear': ([self]) => { const o = eventLayout.of(self); if (o === null) return FALLBACK; o._value = false; return None; },
  /** `if not self._value: self._value = True; for fut in self._waiters: if not fut.done(): fut.set_result(True)` */
  'Event.set': ([self]) => {
    const o = eventLayout.of(self);
    if (o === null || !plainDeque(o._waiters) || typeof o._value !== 'boolean') return FALLBACK;
    if (o._value) return None;
    o._value = true;
    // set_result only schedules callbacks, so nothing mutates the deque while it is iterated.
    const waiters = o._waiters;
    for (let i = 0; i < waiters.length; i++) resolve(waiters.at(i), true);
    return None;
  },
  /** `if self._locked: self._locked = False; self._wake_up_first()` else raise RuntimeError */
  'Lock.release': ([self]) => {
    const o = lockLayout.of(self);
    if (o === null || o._locked !== true || o._wake_up_first !== undefined) return FALLBACK;
    const waiters = o._waiters;
    if (waiters !== None && !plainDeque(waiters)) return FALLBACK;
    o._locked = false;
    wakeUpFirst(waiters);
    return None;
  },
  /** `if not self._waiters: return`; `fut = next(iter(self._waiters))`; `if not fut.done(): fut.set_result(True)` */
  'Lock._wake_up_first': ([self]) => {
    const o = lockLayout.of(self);
    const waiters = o === null ? undefined : o._waiters;
    if (waiters !== None && !plainDeque(waiters)) return FALLBACK;
    wakeUpFirst(waiters);
    return None;
  },
};

/** `@_yieldpoint.fast_path(name)` on a plain function: each call tries the native path first.
 * The function keeps its identity (name, code, signature). */
export function fastMethod(name: string, fn: PyFunction): PyFunction {
  const path = methodPaths[name];
  if (path === undefined) throw new Error(`fast_path: no fast path ${name}`);
  const body = fn.fn;
  fn.fn = (...args: PyVal[]) => {
    const r = path(args);
    return r === FALLBACK ? body(...args) : r;
  };
  natives.set(fn, path);
  return fn;
}
