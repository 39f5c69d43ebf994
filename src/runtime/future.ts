// asyncio.Future, native like CPython's _asyncio.Future (Modules/_asynciomodule.c): the state,
// the result and the done callbacks live in plain fields, and callbacks are always scheduled on
// the loop, never called directly.
import { PyObject, PyType, PyVal, None, AttrMap, makeType, objectType, PyBuiltin, Kw } from './object';
import { PyList, PyClassMethod, listType, tuple } from './types';
import { PyException, pyErr, BaseException, TypeError, RuntimeError, StopIteration } from './exceptions';
import { call, callMethod, eq, repr, str, typeOf, typeName, truthy, getattrOpt, toArray } from './ops';
import { method, getter, params, nargs, classFn } from './native';
import { raise } from './rt';
import { stopIteration } from './generator';
import { reprlibRepr } from './reprlib';
import { Frame, raisedAtSuspension } from './frame';
import { awaitedHook, type Awaiting } from './coroutine';
import { callSoon, wakeSoon } from './eventLoop';
import type { Steppable } from './handle';
import { snapshotContext, asContext } from './contextvars';

export const PENDING = 0, CANCELLED = 1, FINISHED = 2;
const STATE_NAMES = ['PENDING', 'CANCELLED', 'FINISHED'];

/** What the Python half of asyncio provides (asyncio.py registers it when it is imported). */
export const aio = {
  CancelledError: null as unknown as PyType,
  InvalidStateError: null as unknown as PyType,
  getEventLoop: None as PyVal,
};

/** Futures finished with an exception, in completion order: those still not retrieved when their
 * loop closes are reported as CPython reports them when they are freed. */
export const unretrieved: PyFuture[] = [];
/** Takes `loop`'s futures whose exception was never retrieved (and forgets the retrieved ones). */
export function takeUnretrieved(loop: PyVal): PyFuture[] {
  const out: PyFuture[] = [], kept: PyFuture[] = [];
  for (const f of unretrieved) {
    if (!f.logTraceback) continue;
    if (f.loop === loop) { f.logTraceback = false; out.push(f); } else kept.push(f);
  }
  unretrieved.length = 0;
  unretrieved.push(...kept);
  return out;
}
/** The context kept with a callback that is a waiting task (Steppable) rather than a callable:
 * its Task.__wakeup, run in its own context, with no bound method made unless Python looks. */
const WAKES = new PyObject(objectType, null);

export class PyFuture extends PyObject {
  state = PENDING;
  result: PyVal = None;
  exception: PyException | null = null;
  loop: PyVal = None;
  // The first callback has its own fields (most futures have exactly one); the rest are
  // (fn, context) pairs, flattened, in the order they were added.
  cb0: PyVal = null;
  ctx0: PyVal = None;
  cbs: PyVal[] | null = null;
  cancelMessage: PyVal = None;
  cancelledExc: PyVal = None;
  blocking = false;
  logTraceback = false;
  /** What waiting on it means, for the trace and the debugger ("sleep 0.5", "Lock"). */
  waitLabel: string | null = null;
  constructor(cls: PyType) { super(cls, cls.hasDict ? new AttrMap() : null); }

  init(loop: PyVal): void {
    this.loop = loop === None || loop === undefined ? call(aio.getEventLoop, []) : loop;
  }
  checkInit(): void { if (this.loop === None) throw pyErr(RuntimeError, 'Future object is not initialized.'); }

  addDoneCallback(fn: PyVal, ctx: PyVal): void {
    if (ctx === None) ctx = snapshotContext();
    if (this.state !== PENDING) callSoon(this.loop, fn, [this], ctx);
    else this.keepCallback(fn, ctx);
  }
  /** add_done_callback(task.__wakeup, context=task's): kept as the task itself (see WAKES). */
  addWakeup(task: Steppable): void {
    if (this.state !== PENDING) wakeSoon(this.loop, task, this);
    else this.keepCallback(task, WAKES);
  }
  private keepCallback(fn: PyVal, ctx: PyVal): void {
    if (this.cb0 === null && this.cbs === null) { this.cb0 = fn; this.ctx0 = ctx; }
    else (this.cbs ??= []).push(fn, ctx);
  }
  /** Makes the kept wake-ups the callbacks Python would see (for it to look at or remove them). */
  private showWakeups(): void {
    if (this.ctx0 === WAKES) { const t = this.cb0 as Steppable; this.cb0 = t.wakeupCallable(); this.ctx0 = t.stepContext(); }
    const l = this.cbs;
    if (l) for (let i = 1; i < l.length; i += 2) if (l[i] === WAKES) { const t = l[i - 1] as Steppable; l[i - 1] = t.wakeupCallable(); l[i] = t.stepContext(); }
  }
  removeDoneCallback(fn: PyVal): number {
    this.showWakeups();
    let removed = 0;
    if (this.cb0 !== null && (this.cb0 === fn || eq(this.cb0, fn))) { this.cb0 = null; this.ctx0 = None; removed++; }
    const l = this.cbs;
    if (l === null) return removed;
    const kept: PyVal[] = [];
    for (let i = 0; i < l.length; i += 2) {
      if (l[i] === fn || eq(l[i], fn)) removed++;
      else kept.push(l[i], l[i + 1]);
    }
    this.cbs = kept.length ? kept : null;
    return removed;
  }
  /** The callbacks as Python's `_callbacks`: a list of (fn, context) pairs. */
  callbackPairs(): PyVal[] {
    this.showWakeups();
    const out: PyVal[] = [];
    if (this.cb0 !== null) out.push(tuple([this.cb0, this.ctx0 = asContext(this.ctx0)]));
    const l = this.cbs;
    if (l) for (let i = 0; i < l.length; i += 2) out.push(tuple([l[i], l[i + 1] = asContext(l[i + 1])]));
    return out;
  }
  scheduleCallbacks(): void {
    if (this.cb0 !== null) {
      const fn = this.cb0, ctx = this.ctx0;
      this.cb0 = null; this.ctx0 = None;
      this.schedule(fn, ctx);
    }
    const l = this.cbs;
    if (l === null) return;
    this.cbs = null;
    for (let i = 0; i < l.length; i += 2) this.schedule(l[i], l[i + 1]);
  }
  private schedule(fn: PyVal, ctx: PyVal): void {
    if (ctx === WAKES) wakeSoon(this.loop, fn as Steppable, this);
    else callSoon(this.loop, fn, [this], ctx);
  }

  makeCancelledError(): PyException {
    const kept = this.cancelledExc;
    if (kept !== None) { this.cancelledExc = None; return kept as PyException; }
    return call(aio.CancelledError, this.cancelMessage === None ? [] : [this.cancelMessage]) as PyException;
  }
  /** Future.cancel(): false once done. */
  cancel(msg: PyVal): boolean {
    this.logTraceback = false;
    if (this.state !== PENDING) return false;
    this.state = CANCELLED;
    this.cancelMessage = msg;
    this.scheduleCallbacks();
    return true;
  }
  setResult(v: PyVal): void {
    if (this.state !== PENDING) throw pyErr(aio.InvalidStateError, 'invalid state');
    this.result = v;
    this.state = FINISHED;
    this.scheduleCallbacks();
  }
  setException(exc: PyVal): void {
    if (this.state !== PENDING) throw pyErr(aio.InvalidStateError, 'invalid state');
    let e = exc;
    if (e instanceof PyType && e.isSubtypeOf(BaseException)) {
      e = call(e, []);
      if (!(e instanceof PyException)) throw pyErr(TypeError, 'invalid exception object');
    }
    if (!(e instanceof PyException)) throw pyErr(TypeError, 'invalid exception object');
    if (e.cls === StopIteration) throw pyErr(TypeError, 'StopIteration interacts badly with generators and cannot be raised into a Future');
    this.exception = e;
    this.state = FINISHED;
    this.scheduleCallbacks();
    this.logTraceback = true;
    unretrieved.push(this);
  }
  /** Future.result(): the value, or raises the exception (or CancelledError). */
  getResult(): PyVal {
    if (this.state === CANCELLED) throw raise(this.makeCancelledError());
    if (this.state !== FINISHED) throw pyErr(aio.InvalidStateError, 'Result is not set.');
    this.logTraceback = false;
    if (this.exception !== null) throw raise(this.exception);
    return this.result;
  }
  /** `await fut` without a Python call, unless a subclass overrides __await__. */
  awaitNative(owner: Frame | null): Awaiting | null {
    return this.cls.lookup('__await__') === nativeAwait ? new FutureAwait(this, owner) : null;
  }
  getException(): PyVal {
    if (this.state === CANCELLED) throw raise(this.makeCancelledError());
    if (this.state !== FINISHED) throw pyErr(aio.InvalidStateError, 'Exception is not set.');
    this.logTraceback = false;
    return this.exception ?? None;
  }
}

export const futureType = makeType('Future', [objectType], false);
futureType.lazyDict = true;
futureType.module = '_asyncio';
futureType.tpName = '_asyncio.Future';
futureType.native = (cls) => new PyFuture(cls);

/** The `yield*` target of `await fut` (Future.__await__): yields the future to the task while it
 * is pending, then evaluates to its result. A plain iterator that reuses its result record. */
class FutureAwait implements Iterator<PyVal, PyVal, PyVal> {
  private res: { value: PyVal; done: boolean };
  constructor(private f: PyFuture, private owner: Frame | null) { this.res = { value: f, done: false }; }
  [Symbol.iterator](): this { return this; }
  next(): IteratorResult<PyVal, PyVal> {
    const f = this.f, res = this.res;
    if (f.state === PENDING) {
      if (f.blocking) { this.finish(); throw pyErr(RuntimeError, "await wasn't used with future"); }
      f.blocking = true;
      if (this.owner) this.owner.awaiting = f;
      return res as IteratorResult<PyVal, PyVal>;
    }
    this.finish();
    try {
      res.value = f.getResult();
    } catch (e) {
      if (e instanceof PyException) raisedAtSuspension.add(e);
      throw e;
    }
    res.done = true;
    return res as IteratorResult<PyVal, PyVal>;
  }
  throw(e: PyVal): IteratorResult<PyVal, PyVal> { this.finish(); throw e; }
  return(v: PyVal): IteratorResult<PyVal, PyVal> { this.finish(); return { value: v, done: true }; }
  private finish(): void { if (this.owner) { this.owner.awaiting = null; this.owner = null; } }
}
/** The native __await__, so `await` can tell a plain future from one that overrides it. */
export const futureAwait = (self: PyVal): PyVal => new FutureIter(self as PyFuture);

/** Future.__await__() as Python sees it: the same steps as `await`, through send()/__next__(). */
class FutureIter extends PyObject {
  private aw: FutureAwait | null;
  constructor(private fut: PyFuture) { super(futureIterType, null); this.aw = new FutureAwait(fut, null); }
  get future(): PyFuture { return this.fut; }
  /** The future while it is pending; then StopIteration with its result, once. */
  next(): PyVal {
    const aw = this.aw;
    if (aw === null) throw pyErr(StopIteration);
    // As CPython's FutureIter: it lets go of the future before asking for the result.
    if (this.fut.state !== PENDING) this.aw = null;
    const r = aw.next();
    if (!r.done) return r.value;
    throw stopIteration(r.value);
  }
  close(): void { this.aw = null; }
}
/** What `coro.cr_await` shows for a frame awaiting a future natively: one FutureIter per await,
 * as the iterator CPython's await holds (the frame itself records the future). */
const awaitIters = new WeakMap<Frame, FutureIter>();
awaitedHook.fn = (frame) => {
  const f = frame.awaiting;
  if (!(f instanceof PyFuture)) return f ?? None;
  let it = awaitIters.get(frame);
  if (it === undefined || it.future !== f) awaitIters.set(frame, (it = new FutureIter(f)));
  return it;
};
const futureIterType = makeType('FutureIter');
futureIterType.module = '_asyncio';
const fi = (self: PyVal) => self as FutureIter;
method(futureIterType, '__iter__', (self) => self);
method(futureIterType, '__next__', (self) => fi(self).next());
method(futureIterType, 'send', (self, args) => { nargs('send', args, 1); return fi(self).next(); });
method(futureIterType, 'throw', (self, args) => {
  nargs('throw', args, 1, 3);
  fi(self).close();
  let e = args[0];
  if (e instanceof PyType && e.isSubtypeOf(BaseException)) e = call(e, args.length > 1 && args[1] !== None ? [args[1]] : []);
  else if (e instanceof PyException && args.length > 1 && args[1] !== None) throw pyErr(TypeError, 'instance exception may not have a separate value');
  // Restored as it is (PyErr_Restore): not chained to the exception being handled.
  if (!(e instanceof PyException)) throw pyErr(TypeError, 'exceptions must be classes deriving BaseException or instances of such a class');
  throw e;
});
method(futureIterType, 'close', (self) => { fi(self).close(); return None; });

// ---------------------------------------------------------------- Python-visible API
/** The arguments of a C method declared with Argument Clinic, with getargs.c's messages
 * (_PyArg_UnpackKeywords): `names` in order, the first `posonly` positional-only, at most
 * `maxpos` positional, the first `minpos` required. */
export function clinic(fname: string, args: PyVal[], kw: Kw, names: string[], posonly: number, maxpos: number, minpos: number): PyVal[] {
  const n = args.length, nk = kw ? kw.size : 0, maxargs = names.length;
  const f = `${fname}()`;
  if (n + nk > maxargs) throw pyErr(TypeError, `${f} takes at most ${maxargs} ${n === 0 ? 'keyword ' : ''}argument${maxargs === 1 ? '' : 's'} (${n + nk} given)`);
  if (n > maxpos) {
    if (maxpos === 0) throw pyErr(TypeError, `${f} takes no positional arguments`);
    throw pyErr(TypeError, `${f} takes ${minpos < maxpos ? 'at most' : 'exactly'} ${maxpos} positional argument${maxpos === 1 ? '' : 's'} (${n} given)`);
  }
  if (n < posonly) throw pyErr(TypeError, `${f} takes ${posonly < maxpos ? 'at least' : 'exactly'} ${posonly} positional argument${posonly === 1 ? '' : 's'} (${n} given)`);
  const out: PyVal[] = names.map((_, i) => (i < n ? args[i] : undefined));
  let used = 0;
  for (let i = Math.max(n, posonly); i < maxargs; i++) {
    const v = kw?.get(names[i]);
    if (v !== undefined) { out[i] = v; used++; } else if (i < minpos) throw pyErr(TypeError, `${f} missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  if (used < nk) {
    for (const k of kw!.keys()) {
      const i = names.indexOf(k);
      if (i >= posonly && i < n) throw pyErr(TypeError, `argument for ${f} given by name ('${k}') and position (${i + 1})`);
      if (i < posonly || i >= maxargs) throw pyErr(TypeError, `'${k}' is an invalid keyword argument for ${f}`);
    }
  }
  return out;
}
const fut = (self: PyVal) => self as PyFuture;
method(futureType, '__init__', (self, args, kw) => {
  const [loop] = clinic('Future', args, kw, ['loop'], 0, 0, 0);
  fut(self).init(loop);
  return None;
});
method(futureType, '__repr__', (self) => `<${typeOf(self).name} ${(callMethod(self, '_repr_info', []) as PyList).items.join(' ')}>`);
method(futureType, '_repr_info', (self) => new PyList(futureReprInfo(fut(self))));
method(futureType, 'get_loop', (self) => { fut(self).checkInit(); return fut(self).loop; });
method(futureType, '_make_cancelled_error', (self) => fut(self).makeCancelledError());
method(futureType, 'cancel', (self, args, kw) => {
  const [msg] = clinic('cancel', args, kw, ['msg'], 0, 1, 0);
  fut(self).checkInit();
  return fut(self).cancel(msg ?? None);
});
method(futureType, 'cancelled', (self) => fut(self).state === CANCELLED);
method(futureType, 'done', (self) => fut(self).state !== PENDING);
method(futureType, 'result', (self) => fut(self).getResult());
method(futureType, 'exception', (self) => fut(self).getException());
method(futureType, 'add_done_callback', (self, args, kw) => {
  const [fn, context] = clinic('add_done_callback', args, kw, ['fn', 'context'], 1, 1, 1);
  fut(self).checkInit();
  fut(self).addDoneCallback(fn, context ?? None);
  return None;
});
method(futureType, 'remove_done_callback', (self, args) => { nargs('remove_done_callback', args, 1); return fut(self).removeDoneCallback(args[0]); });
method(futureType, 'set_result', (self, args) => { nargs('set_result', args, 1); fut(self).checkInit(); fut(self).setResult(args[0]); return None; });
method(futureType, 'set_exception', (self, args) => { nargs('set_exception', args, 1); fut(self).checkInit(); fut(self).setException(args[0]); return None; });
method(futureType, '__await__', futureAwait);
method(futureType, '__iter__', futureAwait);
const nativeAwait = futureType.dict.get('__await__');
// types.GenericAlias(cls, item), as list.__class_getitem__ builds it.
classFn(futureType, '__class_getitem__', (args) => call((listType.dict.get('__class_getitem__') as PyClassMethod).func, args));
getter(futureType, '_state', (self) => STATE_NAMES[fut(self).state]);
getter(futureType, '_result', (self) => fut(self).result);
getter(futureType, '_exception', (self) => fut(self).exception ?? None);
getter(futureType, '_loop', (self) => fut(self).loop);
getter(futureType, '_callbacks', (self) => { const p = fut(self).callbackPairs(); return p.length ? new PyList(p) : None; });
getter(futureType, '_source_traceback', () => None);
getter(futureType, '_cancel_message', (self) => fut(self).cancelMessage, (self, v) => { fut(self).cancelMessage = v; });
getter(futureType, '_asyncio_future_blocking', (self) => fut(self).blocking, (self, v) => {
  if (v === undefined) throw pyErr(TypeError, 'cannot delete attribute');
  fut(self).blocking = truthy(v);
});
getter(futureType, '_log_traceback', (self) => fut(self).logTraceback, (self, v) => {
  if (truthy(v)) throw pyErr(TypeError, '_log_traceback can only be set to False');
  fut(self).logTraceback = false;
});

/** base_futures._future_repr_info. */
export function futureReprInfo(f: PyFuture): string[] {
  const info = [STATE_NAMES[f.state].toLowerCase()];
  if (f.state === FINISHED) {
    if (f.exception !== null) info.push(`exception=${repr(f.exception)}`);
    else info.push(`result=${reprlibRepr(f.result)}`);
  }
  const cbs = f.callbackPairs().map((p) => callbackSource(p.items[0], null));
  if (cbs.length) info.push(`cb=[${cbs.length > 2 ? `${cbs[0]}, <${cbs.length - 2} more>, ${cbs[cbs.length - 1]}` : cbs.join(', ')}]`);
  return info;
}
/** format_helpers._format_callback_source: `name(args)` (a functools.partial shows its own
 * arguments, then the call's), plus ` at FILE:LINE` when the function (unwrapped) is plain. */
export function callbackSource(cb: PyVal, args: PyVal[] | null): string {
  let out = formatCallback(cb, args ?? [], null, '');
  const source = functionSource(cb);
  if (source !== null) out += ` at ${source}`;
  return out;
}
function isPartial(f: PyVal, name = 'partial'): boolean {
  return typeOf(f).mro.some((t) => t.name === name && t.module === 'functools');
}
function formatArgs(args: PyVal[], kwargs: PyVal[] | null): string {
  const items = args.map(reprlibRepr);
  if (kwargs) for (const kv of kwargs) { const [k, v] = toArray(kv); items.push(`${str(k)}=${reprlibRepr(v)}`); }
  return `(${items.join(', ')})`;
}
function formatCallback(func: PyVal, args: PyVal[], kwargs: PyVal[] | null, suffix: string): string {
  if (isPartial(func)) {
    suffix = formatArgs(args, kwargs) + suffix;
    const kw = getattrOpt(func, 'keywords');
    return formatCallback(getattrOpt(func, 'func'), toArray(getattrOpt(func, 'args')), kw === undefined || kw === None ? null : toArray(callMethod(kw, 'items', [])), suffix);
  }
  let name: string;
  const q = getattrOpt(func, '__qualname__');
  if (typeof q === 'string' && q) name = q;
  else {
    const n = getattrOpt(func, '__name__');
    name = typeof n === 'string' && n ? n : repr(func);
  }
  return name + formatArgs(args, kwargs) + suffix;
}
/** format_helpers._get_function_source, as "FILE:LINE". */
function functionSource(func: PyVal): string | null {
  if (func instanceof PyBuiltin) return null;
  // inspect.unwrap: follow __wrapped__ (functools.wraps).
  const seen = new Set<PyVal>([func]);
  for (let depth = 0; depth < 1000; depth++) {
    const w = getattrOpt(func, '__wrapped__');
    if (w === undefined || seen.has(w)) break;
    seen.add(w);
    func = w;
  }
  if (typeName(func) === 'function') {
    const code = getattrOpt(func, '__code__', false);
    if (code === undefined) return null;
    const file = getattrOpt(code, 'co_filename'), line = getattrOpt(code, 'co_firstlineno');
    return typeof file === 'string' ? `${file}:${line}` : null;
  }
  if (isPartial(func) || isPartial(func, 'partialmethod')) return functionSource(getattrOpt(func, 'func'));
  return null;
}
