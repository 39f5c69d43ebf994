// Native paths for asyncio's hot plain methods (Queue's get_nowait/put_nowait and the tests they
// make, Lock.release, Event.set/clear). The methods stay CPython's Python functions; a native
// path replaces the body each call runs, and answers FALLBACK to run the Python body instead.
// Invariant: a path answers FALLBACK only before it has changed anything, and it runs only while
// every method it stands in for is the library's own (a program's override is always called, by
// the Python body), so the fallback is invisible.
import { PyVal, PyType, PyFunction, PyObject, AttrMap, TYPE_VERSION, None } from './object';
import { PyDeque, dequeType } from './deque';
import { PyFuture, futureType, PENDING } from './future';
import { ge, add, callMethodIC, InlineCache, truthy, objectGetattribute, objectSetattr } from './ops';

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
  constructor(private methods: string[], private attrs: string[]) {}
  /** self's attributes, when its type keeps the layout; else null. */
  of(self: PyVal): Attrs | null {
    if (!(self instanceof PyObject)) return null;
    if (self.cls !== this.t || this.v !== TYPE_VERSION.v) {
      const t = self.cls, s = t.slots();
      this.t = t; this.v = TYPE_VERSION.v;
      this.ok = !(self instanceof PyType) && s.getattribute === objectGetattribute && s.setattr === objectSetattr &&
        this.methods.every((m) => { const f = t.lookup(m); return f instanceof PyFunction && natives.has(f); }) &&
        this.attrs.every((a) => t.lookup(a) === undefined);
    }
    const d = self.dict;
    return this.ok && d instanceof AttrMap ? d.o : null;
  }
}
const queueLayout = new Layout(['empty', 'full', 'qsize', '_get', '_put', '_wakeup_next', 'get_nowait', 'put_nowait'],
  ['_queue', '_maxsize', '_getters', '_putters', '_unfinished_tasks', '_finished']);
const eventLayout = new Layout(['set', 'clear'], ['_value', '_waiters']);
const lockLayout = new Layout(['release', '_wake_up_first'], ['_locked', '_waiters']);

const plainDeque = (v: PyVal): v is PyDeque => v instanceof PyDeque && v.cls === dequeType;
/** A Queue's attributes and its deque, when the paths may stand in for its methods. */
function queueOf(self: PyVal): Attrs | null {
  const o = queueLayout.of(self);
  return o !== null && plainDeque(o._queue) ? o : null;
}

const doneIC = new InlineCache(), setResultIC = new InlineCache();
/** `if not fut.done(): fut.set_result(v)`, natively for loop.create_future()'s futures; true if it was set. */
function resolve(fut: PyVal, v: PyVal): boolean {
  if (fut instanceof PyFuture && fut.cls === futureType) {
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

const PATHS: Record<string, MethodPath> = {
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
    if (waiters !== None && waiters.length > 0) resolve(waiters.at(0), true);
    return None;
  },
  /** `if not self._waiters: return`; `fut = next(iter(self._waiters))`; `if not fut.done(): fut.set_result(True)` */
  'Lock._wake_up_first': ([self]) => {
    const o = lockLayout.of(self);
    const waiters = o === null ? undefined : o._waiters;
    if (waiters !== None && !plainDeque(waiters)) return FALLBACK;
    if (waiters !== None && waiters.length > 0) resolve(waiters.at(0), true);
    return None;
  },
};

/** `@_yieldpoint.fast_path(name)` on a plain function: each call tries the native path first.
 * The function keeps its identity (name, code, signature). */
export function fastMethod(name: string, fn: PyFunction): PyFunction {
  const path = PATHS[name];
  if (path === undefined) throw new Error(`fast_path: no fast path ${name}`);
  const body = fn.fn;
  fn.fn = (...args: PyVal[]) => {
    const r = path(args);
    return r === FALLBACK ? body(...args) : r;
  };
  natives.set(fn, path);
  return fn;
}
