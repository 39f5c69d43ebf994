// Python generators on top of JS generators. Resuming links the generator's frame onto the
// current frame chain, so a suspended generator keeps its frame and its line.
import { PyObject, PyType, PyVal, None } from './object';
import { generatorType, STOP, tuple, PyIter } from './types';
import { Frame, state, frameDrops, raisedAtSuspension, addTraceback } from './frame';
import { PyException, pyErr, newExc, isExc, StopIteration, GeneratorExit, RuntimeError, ValueError, TypeError, RecursionError } from './exceptions';
import { iter, typeOf, callBound, getattr, call, typeName } from './ops';

export type JsGen = Generator<PyVal, PyVal, PyVal>;

/** The stack of exceptions being handled (rt.ts installs it): a generator takes its own entries
 * off at a yield and puts them back when resumed, as CPython keeps gi_exc_state. */
export const handlingStack = {
  depth: (): number => 0,
  take: (_from: number): PyException[] | null => null,
  restore: (_saved: PyException[]): void => undefined,
};

/** How many generators (and coroutines) have been made. */
export const generatorCount = { n: 0 };

export class PyGenerator extends PyObject {
  running = false;
  /** Made by a CO_ITERABLE_COROUTINE function (types.coroutine): `await` accepts it. */
  iterableCoroutine = false;
  finished = false;
  started = false;
  /** The return value once finished (StopIteration.value). */
  value: PyVal = None;
  /** The generator this one is delegating to with `yield from`, for introspection. */
  yieldFrom: PyVal = null;
  /** Exceptions this generator's frame was handling when it yielded (restored on resume). */
  handled: PyException[] | null = null;
  /** While a frame delegates to it (`await`, `yield from`): that frame, whose `awaiting` points here. */
  private delegator: Frame | null = null;
  /** Its frame; null until a FastCoroutine needs one (makeFrame). */
  protected f: Frame | null;
  /** Its place in the order generators are made: one made during a call is newer than the count
   * read before it (codegen's deadStore tells a fresh generator from one passed through). */
  readonly serial = ++generatorCount.n;
  constructor(frame: Frame | null, public js: JsGen, cls: PyType = generatorType) {
    super(cls, null);
    this.f = frame;
  }
  get frame(): Frame { return this.f ?? this.makeFrame(); }
  protected makeFrame(): Frame { throw new Error('a generator without its frame'); }

  /** This generator as the `yield*` target of the frame `owner` delegating to it: send/throw/close
   * pass through, and the `yield*` evaluates to its return value. No object per delegation. */
  delegatedFrom(owner: Frame | null): this {
    this.delegator = owner;
    if (owner) owner.awaiting = this;
    return this;
  }
  [Symbol.iterator](): this { return this; }
  next(arg?: PyVal): IteratorResult<PyVal, PyVal> { return this.step('next', arg === undefined ? None : arg); }
  throw(e: PyVal): IteratorResult<PyVal, PyVal> {
    if (isExc(e, GeneratorExit)) { this.undelegate(); this.close(); throw e; }
    return this.step('throw', e);
  }
  return(v: PyVal): IteratorResult<PyVal, PyVal> { this.undelegate(); return { value: v, done: true }; }
  private step(mode: 'next' | 'throw', arg: PyVal): IteratorResult<PyVal, PyVal> {
    let r: PyVal;
    try {
      r = this.resume(mode, arg);
    } catch (e) {
      this.undelegate();
      if (!isExc(e, StopIteration)) throw e;
      return result((e as PyException).dict!.get('value') ?? None, true);
    }
    if (r === STOP) { this.undelegate(); return result(this.value, true); }
    return result(r, false);
  }
  private undelegate(): void {
    if (this.delegator) { this.delegator.awaiting = null; this.delegator = null; }
  }

  /** Runs the body with mode 'next' or 'throw'. Returns the yielded value or STOP. */
  resume(mode: 'next' | 'throw', arg: PyVal): PyVal {
    if (this.running) throw pyErr(ValueError, `${this.kindName()} already executing`);
    if (this.finished) {
      if (mode === 'throw') throw arg;
      this.value = None; // only the first StopIteration carries the return value
      return STOP;
    }
    const f = this.frame;
    if (++state.depth > state.limit) { state.depth--; throw pyErr(RecursionError, 'maximum recursion depth exceeded'); }
    f.back = state.cur;
    state.cur = f;
    this.running = true;
    const fresh = !this.started;
    this.started = true;
    const base = handlingStack.depth();
    f.hbase = base;
    f.thrownIn = mode === 'throw';
    if (f.thrownIn && arg instanceof PyException) raisedAtSuspension.add(arg);
    if (this.handled) { handlingStack.restore(this.handled); this.handled = null; }
    let r: IteratorResult<PyVal, PyVal>;
    try {
      r = mode === 'next' ? this.js.next(arg) : this.js.throw(arg);
      this.handled = handlingStack.take(base);
    } catch (e) {
      handlingStack.take(base);
      // Thrown into a body that never ran: it raises at the def line, in the generator's frame.
      if (fresh && e === arg && e instanceof PyException) { f.l = f.code.firstLine; addTraceback(e, f); }
      this.finished = true;
      f.returned = true;
      if (isExc(e, StopIteration)) {
        const err = pyErr(RuntimeError, `${this.kindName()} raised StopIteration`);
        err.cause = e; err.context = e; err.suppressContext = true;
        throw err;
      }
      throw e;
    } finally {
      this.running = false;
      state.cur = f.back;
      state.depth--;
    }
    if (r.done) {
      this.finished = true;
      if (f.drops !== null) frameDrops.free(f);
      f.returned = true;
      this.value = r.value;
      return STOP;
    }
    return r.value;
  }

  kindName(): string { return 'generator'; }

  send(v: PyVal): PyVal {
    if (!this.started && !this.finished && v !== None) throw pyErr(TypeError, `can't send non-None value to a just-started ${this.kindName()}`);
    const r = this.resume('next', v);
    if (r === STOP) throw stopIteration(this.value);
    return r;
  }
  throwIn(e: PyVal): PyVal {
    const r = this.resume('throw', e);
    if (r === STOP) throw stopIteration(this.value);
    return r;
  }
  close(): void {
    if (this.finished) return;
    if (!this.started) { this.finished = true; return; }
    let r: PyVal;
    try {
      r = this.resume('throw', newExc(GeneratorExit));
    } catch (e) {
      if (isExc(e, GeneratorExit) || isExc(e, StopIteration)) return;
      throw e;
    }
    if (r !== STOP) throw pyErr(RuntimeError, `${this.kindName()} ignored GeneratorExit`);
  }
}

/** The result record of every generator step taken through the iterator protocol (`yield*`,
 * for-of): its reader takes value and done at once, before any other step, so one is shared. */
const RESULT = { value: None as PyVal, done: false };
function result(value: PyVal, done: boolean): IteratorResult<PyVal, PyVal> {
  RESULT.value = value;
  RESULT.done = done;
  return RESULT as IteratorResult<PyVal, PyVal>;
}

export function stopIteration(value: PyVal): PyException {
  const e = newExc(StopIteration, ...(value === None ? [] : [value]));
  e.dict!.set('value', value);
  return e;
}

export function makeGenerator(f: Frame, js: JsGen): PyGenerator {
  const g = new PyGenerator(f, js);
  if (f.code.iterableCoroutine) g.iterableCoroutine = true;
  return g;
}

/** coroutine.__await__()'s wrapper unwrapped to its coroutine (coroutine.ts sets it). */
export const awaitWrapperTarget: { fn: (x: PyVal) => PyGenerator | null } = { fn: () => null };

/** `yield from x` inside a generator body: delegate send/throw/close, evaluate to the return value.
 * The delegating frame records what it waits on, as an await does (the trace and the debugger
 * follow that chain down to the innermost frame). */
/** Whether a value is a coroutine object (set by coroutine.ts). */
export const coroutineCheck: { fn: (x: PyVal) => boolean } = { fn: () => false };
export function* yieldFrom(x: PyVal): Generator<PyVal, PyVal, PyVal> {
  // A types.coroutine generator (CO_ITERABLE_COROUTINE) may delegate to a coroutine.
  if (coroutineCheck.fn(x) && !state.cur?.code.iterableCoroutine) throw pyErr(TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
  x = awaitWrapperTarget.fn(x) ?? x;
  if (x instanceof PyGenerator) return yield* x.delegatedFrom(state.cur);
  return yield* iterateFrom(x);
}
function* iterateFrom(x: PyVal): Generator<PyVal, PyVal, PyVal> {
  const it = iter(x);
  // An __iter__ written as a generator function: delegate to it fully (send/throw/return value).
  if (it instanceof PyGenerator) return yield* yieldFrom(it);
  const t = typeOf(it);
  const stopValue = (e: unknown): PyVal => (e as PyException).dict!.get('value') ?? (e as PyException).args.items[0] ?? None;
  let r: PyVal;
  if (it instanceof PyIter) r = it.next();
  else {
    const m = t.lookup('__next__');
    if (m === undefined) throw pyErr(TypeError, `'${typeName(it)}' object is not an iterator`);
    try { r = callBound(m, it, []); } catch (e) {
      if (isExc(e, StopIteration)) return stopValue(e);
      throw e;
    }
  }
  for (;;) {
    if (r === STOP) return None;
    let sent: PyVal;
    try {
      sent = yield r;
    } catch (e) {
      const closing = isExc(e, GeneratorExit);
      const m = t.lookup(closing ? 'close' : 'throw');
      if (m === undefined) throw e;
      if (closing) { callBound(m, it, []); throw e; }
      try { r = callBound(m, it, [e]); } catch (e2) {
        if (isExc(e2, StopIteration)) return stopValue(e2);
        throw e2;
      }
      continue;
    }
    if (sent === None) {
      if (it instanceof PyIter) r = it.next();
      else {
        try { r = callBound(t.lookup('__next__'), it, []); } catch (e) {
          if (isExc(e, StopIteration)) return stopValue(e);
          throw e;
        }
      }
    } else {
      const send = getattr(it, 'send');
      try { r = call(send, [sent]); } catch (e) {
        if (isExc(e, StopIteration)) return stopValue(e);
        throw e;
      }
    }
  }
}
export { tuple };
