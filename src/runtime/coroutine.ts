// Coroutines, `await`, async generators and async iteration, on top of JS generators.
// A coroutine's JS generator yields only what an awaited future's __await__ yields (a future,
// or None for a bare yield); those values travel up the `yield*` chain to the Task driving it.
import { PyObject, PyType, PyVal, None, makeType, PyFunction } from './object';
import { coroutineType, asyncGeneratorType, typeOf, STOP, PyModule } from './types';
import { Frame, state } from './frame';
import { method, getter, nargs } from './native';
import { PyGenerator, JsGen, stopIteration, awaitWrapperTarget, coroutineCheck } from './generator';
import { PyException, pyErr, newExc, isExc, TypeError, ValueError, StopIteration, StopAsyncIteration, RuntimeError, GeneratorExit } from './exceptions';
import { callBound, typeName, call, callMethodIC, callMethodIC0, callMethodIC1, callMethodIC2, cachedMethod, InlineCache } from './ops';

export class PyCoroutine extends PyGenerator {
  constructor(frame: Frame | null, js: JsGen, cls: PyType = coroutineType) { super(frame, js, cls); }
  override kindName(): string { return 'coroutine'; }
  // An exhausted coroutine refuses to run again (send, throw, a Task's step), where a generator
  // raises StopIteration; close() does not get here.
  override resume(mode: 'next' | 'throw', arg: PyVal): PyVal {
    if (this.finished) throw pyErr(RuntimeError, 'cannot reuse already awaited coroutine');
    return super.resume(mode, arg);
  }
}

/** `await coro` checks (CPython's GET_AWAITABLE, then SEND): a coroutine suspended at an await
 * is someone else's; a running one refuses to be entered again. */
function checkAwaitable(x: PyCoroutine): void {
  if (x.running) throw pyErr(ValueError, 'coroutine already executing');
  if (x.started && !x.finished) throw pyErr(RuntimeError, 'coroutine is being awaited already');
  if (x.finished) throw pyErr(RuntimeError, 'cannot reuse already awaited coroutine');
}

/** Marks a value yielded by an async generator body (as opposed to a future yielded by an await). */
class AgValue { constructor(public v: PyVal) {} }

export class PyAsyncGenerator extends PyGenerator {
  /** An asend/athrow/aclose awaitable is running. */
  busy = false;
  hooked = false;
  /** aclose() has run (CPython's ag_closed): the loop never finalizes it again. */
  closed = false;
  constructor(frame: Frame, js: JsGen, cls: PyType = asyncGeneratorType) { super(frame, js, cls); }
  override kindName(): string { return 'async generator'; }

  /** asyncio's firstiter hook runs when the first asend/athrow/__anext__ awaitable is made. */
  initHooks(): void {
    if (this.hooked) return;
    this.hooked = true;
    if (asyncgenHooks.firstiter !== None) call(asyncgenHooks.firstiter, [this]);
  }

  /** Drives the body until it yields a value (returned) or finishes (StopAsyncIteration). */
  *drive(mode: 'next' | 'throw', arg: PyVal, who: 'anext' | 'athrow' | 'aclose' = 'anext'): Generator<PyVal, PyVal, PyVal> {
    if (this.busy) throw pyErr(RuntimeError, `${who}(): asynchronous generator is already running`);
    this.busy = true;
    // CPython 3.11's aclose() awaitable leaves the generator marked running when an exception
    // thrown into it (a cancel while the body awaits in its finally) ends the generator.
    let thrownIn = false, stillRunning = false;
    try {
      for (;;) {
        let r: PyVal;
        try {
          r = this.resume(mode, arg);
        } catch (e) {
          stillRunning = thrownIn && who === 'aclose';
          if (isExc(e, StopAsyncIteration)) {
            const err = pyErr(RuntimeError, 'async generator raised StopAsyncIteration');
            err.cause = e; err.context = e; err.suppressContext = true;
            throw err;
          }
          throw e;
        }
        if (r === STOP) {
          stillRunning = thrownIn && who === 'aclose';
          throw newExc(StopAsyncIteration);
        }
        if (r instanceof AgValue) return r.v;
        // A future from an await inside the body: pass it to the task and relay what comes back.
        try {
          arg = yield r;
          mode = 'next';
          thrownIn = false;
        } catch (e) {
          mode = 'throw';
          arg = e;
          thrownIn = true;
        }
      }
    } finally {
      if (!stillRunning) this.busy = false;
    }
  }
}

/** The awaitable returned by __anext__/asend/athrow/aclose (and anext() with a default). It is
 * also a coroutine-like iterator (send/throw/close), so a Task can drive it directly. */
export class AsyncGenAwaitable extends PyObject {
  js: JsGen | null = null;
  closed = false;
  /** What a throw() before any send() runs instead of `run`: CPython throws straight into the
   * generator, skipping the awaitable's own checks (and athrow()'s exception). */
  thrown: ((e: PyVal) => Generator<PyVal, PyVal, PyVal>) | null = null;
  constructor(public run: () => Generator<PyVal, PyVal, PyVal>, public agen: PyAsyncGenerator | null, cls: PyType = asendType) { super(cls, null); }
  private reuse(): PyException {
    return pyErr(RuntimeError, this.cls === athrowType ? 'cannot reuse already awaited aclose()/athrow()' : 'cannot reuse already awaited __anext__()/asend()');
  }
  /** `await aw`: runs it to completion (once). */
  *consume(): Generator<PyVal, PyVal, PyVal> {
    if (this.closed) throw this.reuse();
    const js = this.js ?? this.run();
    this.js = js;
    try { return yield* js; } finally { this.closed = true; }
  }
  /** send()/throw(): one step; StopIteration(value) when the awaitable completes. */
  step(mode: 'next' | 'throw', arg: PyVal): PyVal {
    if (this.closed) throw this.reuse();
    if (this.js === null && mode === 'throw' && this.thrown !== null) {
      const t = this.thrown(arg);
      let r: IteratorResult<PyVal, PyVal>;
      try {
        r = t.next(None);
      } catch (e) {
        this.closed = true;
        throw e;
      }
      if (r.done) { this.closed = true; throw stopIteration(r.value); }
      // The awaitable itself has still not started: the next send() does its own work.
      t.return(None);
      return r.value;
    }
    const js = this.js ?? (this.js = this.run());
    let r: IteratorResult<PyVal, PyVal>;
    try {
      r = mode === 'next' ? js.next(arg) : js.throw(arg);
    } catch (e) {
      this.closed = true;
      throw e;
    }
    if (r.done) { this.closed = true; throw stopIteration(r.value); }
    return r.value;
  }
}
/** asyncio's hooks (sys.set_asyncgen_hooks): firstiter is called when an async generator first runs. */
export const asyncgenHooks: { firstiter: PyVal; finalizer: PyVal } = { firstiter: None, finalizer: None };
export const asendType = makeType('async_generator_asend');
export const athrowType = makeType('async_generator_athrow');
export const anextAwaitableType = makeType('anext_awaitable');

/** coroutine.__await__(): an iterator driving the coroutine (CPython's coroutine_wrapper). */
export class CoroWrapper extends PyObject {
  constructor(public coro: PyCoroutine) { super(coroWrapperType, null); }
}
export const coroWrapperType = makeType('coroutine_wrapper');
awaitWrapperTarget.fn = (x) => (x instanceof CoroWrapper ? x.coro : null);
coroutineCheck.fn = (x) => x instanceof PyCoroutine;

export function makeCoroutine(f: Frame, js: JsGen): PyCoroutine { return new PyCoroutine(f, js); }
export function makeAsyncGenerator(f: Frame, js: JsGen): PyAsyncGenerator { return new PyAsyncGenerator(f, js); }

/** Inside an async generator body: `yield v`. Evaluates to the value sent by asend(). */
export function* agYield(v: PyVal): Generator<PyVal, PyVal, PyVal> {
  return yield new AgValue(v);
}

type Step = IteratorResult<PyVal, PyVal>;
/** What `yield*` runs for an `await`: a JS generator or one of the plain iterators below. */
export type Awaiting = Iterable<PyVal, PyVal, PyVal>;
/** `await asyncio.sleep(0)`'s bare yield: gives control to the loop once. */
export class BareYield extends PyObject { constructor() { super(bareYieldType, null); } }
export const bareYieldType = makeType('_bare_yield');
/** The `yield*` target of a bare yield: yields None once, then evaluates to None. */
class BareYieldStep implements Iterator<PyVal, PyVal, PyVal> {
  private res = { value: None as PyVal, done: false };
  private yielded = false;
  [Symbol.iterator](): this { return this; }
  next(): Step {
    if (this.yielded) this.res.done = true;
    this.yielded = true;
    return this.res as Step;
  }
  throw(e: PyVal): Step { throw e; }
  return(v: PyVal): Step { return { value: v, done: true }; }
}

/** `await x`: the common case (a coroutine) delegates directly, without an extra generator. */
export function awaitValue(x: PyVal): Awaiting {
  if (x instanceof BareYield) return new BareYieldStep();
  if (x instanceof PyCoroutine) {
    checkAwaitable(x);
    return x.delegatedFrom(state.cur);
  }
  if (typeof (x as NativeAwaitable).awaitNative === 'function') {
    const g = (x as NativeAwaitable).awaitNative(state.cur);
    if (g !== null) return g;
  }
  return awaitOther(x);
}
/** A value with a native __await__ (asyncio's Future and Task) gives its awaiting generator,
 * which records itself as what `owner` awaits. */
interface NativeAwaitable { awaitNative(owner: Frame | null): Awaiting | null }
function* awaitOther(x: PyVal): Generator<PyVal, PyVal, PyVal> {
  const owner = state.cur;
  if (x instanceof AsyncGenAwaitable) {
    if (owner) owner.awaiting = x;
    try { return yield* x.consume(); } finally { if (owner) owner.awaiting = null; }
  }
  if (x instanceof PyGenerator && x.iterableCoroutine) return yield* x.delegatedFrom(owner);
  const aw = typeOf(x).lookup('__await__');
  if (aw === undefined) throw pyErr(TypeError, `object ${typeName(x)} can't be used in 'await' expression`);
  const it = callBound(aw, x, []);
  if (it instanceof PyCoroutine) throw pyErr(TypeError, '__await__() returned a coroutine');
  if (it instanceof CoroWrapper) {
    checkAwaitable(it.coro);
    return yield* it.coro.delegatedFrom(owner);
  }
  if (it instanceof PyGenerator) return yield* it.delegatedFrom(owner);
  if (typeOf(it).lookup('__next__') === undefined) throw pyErr(TypeError, `__await__() returned non-iterator of type '${typeName(it)}'`);
  // A hand-written iterator: drive it with send/throw.
  let toSend: PyVal = None;
  for (;;) {
    let r: PyVal;
    try {
      r = toSend === None ? callBound(typeOf(it).lookup('__next__'), it, []) : call(typeOf(it).lookup('send') ?? None, [it, toSend]);
    } catch (e) {
      if (isExc(e, StopIteration)) return (e as PyException).dict!.get('value') ?? (e as PyException).args.items[0] ?? None;
      throw e;
    }
    toSend = yield r;
  }
}

/** `await CALL` compiles to `(r = awaitMethod(...)) === AWAIT_LATER ? await awaited() : r`: a
 * coroutine function's `awaitNow` answer is the await's value, with no coroutine made; otherwise
 * the call's result, kept here until the await takes it (nothing runs in between). */
export const AWAIT_LATER: unique symbol = Symbol('await later');
let later: PyVal = None;
export function awaitLater(x: PyVal): typeof AWAIT_LATER { later = x; return AWAIT_LATER; }
export function awaited(): PyVal { const x = later; later = None; return x; }

/** `await o.name(a, b)` with n ≤ 2 arguments (the rest undefined), called as the method-call site would call it. */
export function awaitMethod(o: PyVal, name: string, ic: InlineCache, n: number, a?: PyVal, b?: PyVal): PyVal {
  if (o instanceof PyModule) {
    const f = o.dict!.get(name);
    if (f instanceof PyFunction && f.awaitNow !== null) return f.awaitNow(n === 0 ? [] : n === 1 ? [a] : [a, b]);
  } else {
    const f = cachedMethod(o, name, ic);
    if (f instanceof PyFunction) {
      if (f.awaitNow !== null) return f.awaitNow(n === 0 ? [o] : n === 1 ? [o, a] : [o, a, b]);
      if (ic.j !== null) return awaitLater(n === 0 ? ic.j(o) : n === 1 ? ic.j(o, a) : ic.j(o, a, b));
    }
  }
  return awaitLater(n === 0 ? callMethodIC0(o, name, ic) : n === 1 ? callMethodIC1(o, name, a, ic) : callMethodIC2(o, name, a, b, ic));
}
/** `await o.name(*args)`. */
export function awaitMethodN(o: PyVal, name: string, args: PyVal[], ic: InlineCache): PyVal {
  const f = o instanceof PyModule ? o.dict!.get(name) : cachedMethod(o, name, ic);
  if (f instanceof PyFunction && f.awaitNow !== null) return f.awaitNow(o instanceof PyModule ? args : [o].concat(args));
  return awaitLater(callMethodIC(o, name, args, ic));
}
/** `await f(*args)`. */
export function awaitCall(f: PyVal, args: PyVal[]): PyVal {
  return f instanceof PyFunction && f.awaitNow !== null ? f.awaitNow(args) : awaitLater(call(f, args));
}
/** `await fn(*args)` for a method found on the type, args[0] its instance (`async with`'s __aenter__ and __aexit__). */
export function awaitBound(fn: PyVal, args: PyVal[]): PyVal {
  return fn instanceof PyFunction && fn.awaitNow !== null ? fn.awaitNow(args) : awaitLater(callBound(fn, args[0], args.slice(1)));
}

export function aiter(x: PyVal): PyVal {
  const m = typeOf(x).lookup('__aiter__');
  if (m === undefined) throw pyErr(TypeError, `'async for' requires an object with __aiter__ method, got ${typeName(x)}`);
  const it = callBound(m, x, []);
  if (typeOf(it).lookup('__anext__') === undefined) throw pyErr(TypeError, `'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`);
  return it;
}
/** Next value of an async iterator, or STOP at StopAsyncIteration. */
export function* anext(it: PyVal): Generator<PyVal, PyVal, PyVal> {
  const aw = callBound(typeOf(it).lookup('__anext__'), it, []);
  if (!isAwaitableObject(aw)) {
    const e = pyErr(TypeError, `'async for' received an invalid object from __anext__: ${typeName(aw)}`);
    e.cause = pyErr(TypeError, `object ${typeName(aw)} can't be used in 'await' expression`);
    e.context = e.cause;
    throw e;
  }
  try {
    return yield* awaitValue(aw);
  } catch (e) {
    if (isExc(e, StopAsyncIteration)) return STOP;
    throw e;
  }
}
/** builtins.aiter(x). */
export function aiterBuiltin(x: PyVal): PyVal {
  const m = typeOf(x).lookup('__aiter__');
  if (m === undefined) throw pyErr(TypeError, `'${typeName(x)}' object is not an async iterable`);
  const it = callBound(m, x, []);
  if (typeOf(it).lookup('__anext__') === undefined) throw pyErr(TypeError, `aiter() returned not an async iterator of type '${typeName(it)}'`);
  return it;
}
/** builtins.anext(it[, default]). */
export function anextBuiltin(it: PyVal, dflt?: PyVal): PyVal {
  const m = typeOf(it).lookup('__anext__');
  if (m === undefined) throw pyErr(TypeError, `'${typeName(it)}' object is not an async iterator`);
  const aw = callBound(m, it, []);
  if (dflt === undefined) return aw;
  return new AsyncGenAwaitable(function* () {
    try {
      // The awaiting frame keeps awaiting this anext_awaitable, not the asend inside it.
      return yield* (aw instanceof AsyncGenAwaitable ? aw.consume() : awaitValue(aw));
    } catch (e) {
      if (isExc(e, StopAsyncIteration)) return dflt;
      throw e;
    }
  }, it instanceof PyAsyncGenerator ? it : null, anextAwaitableType);
}
/** What `await` accepts (CPython's _PyCoro_GetAwaitableIter finds an __await__). */
function isAwaitableObject(x: PyVal): boolean {
  return x instanceof PyCoroutine || x instanceof BareYield || x instanceof AsyncGenAwaitable || (x instanceof PyGenerator && x.iterableCoroutine) ||
    typeof (x as NativeAwaitable).awaitNative === 'function' || typeOf(x).lookup('__await__') !== undefined;
}
// ---------------------------------------------------------------- Python-visible methods
const co = (self: PyVal): PyGenerator => self as PyGenerator;
function throwArg(args: PyVal[]): PyVal {
  nargs('throw', args, 1, 3);
  let e = args[0];
  if (e instanceof PyType) e = args.length > 1 && args[1] instanceof PyException ? args[1] : call(e, args.length > 1 && args[1] !== None ? [args[1]] : []);
  if (!(e instanceof PyException)) throw pyErr(TypeError, 'exceptions must be classes or instances deriving from BaseException, not ' + typeName(e));
  return e;
}
method(coroutineType, 'send', (self, args) => { nargs('send', args, 1); return co(self).send(args[0]); });
method(coroutineType, 'throw', (self, args) => co(self).throwIn(throwArg(args)));
method(coroutineType, 'close', (self) => { co(self).close(); return None; });
method(coroutineType, '__await__', (self) => new CoroWrapper(self as PyCoroutine));
const cw = (self: PyVal): PyCoroutine => (self as CoroWrapper).coro;
method(coroWrapperType, '__iter__', (self) => self);
method(coroWrapperType, '__next__', (self) => cw(self).send(None));
method(coroWrapperType, 'send', (self, args) => { nargs('send', args, 1); return cw(self).send(args[0]); });
method(coroWrapperType, 'throw', (self, args) => cw(self).throwIn(throwArg(args)));
method(coroWrapperType, 'close', (self) => { cw(self).close(); return None; });
method(coroutineType, '__repr__', (self) => `<coroutine object ${co(self).frame.code.qualname} at 0x7f${(co(self).frame.code.firstLine * 4099).toString(16).padStart(10, '0')}>`);
getter(coroutineType, '__name__', (self) => co(self).frame.code.name);
getter(coroutineType, '__qualname__', (self) => co(self).frame.code.qualname);
getter(coroutineType, 'cr_running', (self) => co(self).running);
/** cr_await/ag_await: what the frame awaits (future.ts shows a future awaited natively as its
 * iterator). */
export const awaitedHook = { fn: (f: Frame): PyVal => f.awaiting ?? None };
const awaitedBy = (f: Frame): PyVal => awaitedHook.fn(f);
getter(coroutineType, 'cr_await', (self) => awaitedBy(co(self).frame));
getter(coroutineType, 'cr_frame', (self) => (co(self).finished ? None : frameObjectHook.fn(co(self).frame)));
export const frameObjectHook: { fn: (f: Frame) => PyVal } = { fn: () => None };

const ag = (self: PyVal): PyAsyncGenerator => self as PyAsyncGenerator;
method(asyncGeneratorType, '__aiter__', (self) => self);
function throwsIn(aw: AsyncGenAwaitable, thrown: (e: PyVal) => Generator<PyVal, PyVal, PyVal>): AsyncGenAwaitable {
  aw.thrown = thrown;
  return aw;
}
method(asyncGeneratorType, '__anext__', (self) => (ag(self).initHooks(),
  throwsIn(new AsyncGenAwaitable(() => ag(self).drive('next', None), ag(self)), (e) => ag(self).drive('throw', e))));
method(asyncGeneratorType, 'asend', (self, args) => {
  nargs('asend', args, 1);
  const g = ag(self);
  g.initHooks();
  return throwsIn(new AsyncGenAwaitable(function* () {
    if (!g.started && !g.finished && args[0] !== None) throw pyErr(TypeError, "can't send non-None value to a just-started async generator");
    return yield* g.drive('next', args[0]);
  }, g), (x) => g.drive('throw', x));
});
method(asyncGeneratorType, 'athrow', (self, args) => {
  const e = throwArg(args);
  const g = ag(self);
  g.initHooks();
  return throwsIn(new AsyncGenAwaitable(function* () {
    // A finished generator: athrow() is a no-op (an unstarted one gets the exception). One an
    // earlier aclose() left suspended (it yielded instead of exiting) refuses.
    if (g.finished) return None;
    if (g.closed && !g.busy) throw newExc(StopAsyncIteration);
    return yield* g.drive('throw', e, 'athrow');
  }, g, athrowType), (x) => g.drive('throw', x, 'athrow'));
});
/** aclose()'s throw into the generator: its end (GeneratorExit, StopAsyncIteration) is the
 * awaitable's, a value it yields is an error. */
function* closing(g: PyAsyncGenerator, e: PyVal): Generator<PyVal, PyVal, PyVal> {
  try {
    yield* g.drive('throw', e, 'aclose');
  } catch (x) {
    if (isExc(x, GeneratorExit) || isExc(x, StopAsyncIteration)) return None;
    throw x;
  }
  throw pyErr(RuntimeError, 'async generator ignored GeneratorExit');
}
method(asyncGeneratorType, 'aclose', (self) => {
  const g = ag(self);
  g.initHooks();
  return throwsIn(new AsyncGenAwaitable(function* () {
    if (g.finished) { g.closed = true; return None; }
    if (!g.busy) {  // (a running one refuses in drive(), unmarked)
      if (g.closed) throw newExc(StopAsyncIteration);
      g.closed = true;
    }
    if (!g.started) { g.close(); return None; }
    return yield* closing(g, newExc(GeneratorExit));
  }, g, athrowType), (x) => closing(g, x));
});
method(asyncGeneratorType, '__repr__', (self) => `<async_generator object ${ag(self).frame.code.qualname} at 0x7f${(ag(self).frame.code.firstLine * 4099).toString(16).padStart(10, '0')}>`);
getter(asyncGeneratorType, '__name__', (self) => ag(self).frame.code.name);
getter(asyncGeneratorType, '__qualname__', (self) => ag(self).frame.code.qualname);
getter(asyncGeneratorType, 'ag_running', (self) => ag(self).busy);
getter(asyncGeneratorType, 'ag_await', (self) => awaitedBy(ag(self).frame));
getter(asyncGeneratorType, 'ag_frame', (self) => (ag(self).finished ? None : frameObjectHook.fn(ag(self).frame)));
const aw = (self: PyVal): AsyncGenAwaitable => self as AsyncGenAwaitable;
for (const t of [asendType, athrowType, anextAwaitableType]) {
  method(t, '__await__', (self) => self);
  method(t, '__iter__', (self) => self);
  method(t, '__next__', (self) => aw(self).step('next', None));
  method(t, 'send', (self, args) => { nargs('send', args, 1); return aw(self).step('next', args[0]); });
  method(t, 'throw', (self, args) => aw(self).step('throw', throwArg(args)));
  method(t, 'close', (self) => { aw(self).closed = true; return None; });
}

export { stopIteration, None };
