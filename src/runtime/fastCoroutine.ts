// Fast paths for asyncio's hot coroutines (sleep, Queue.get/put, Lock.acquire, Semaphore.acquire,
// Event.wait, the locks' `async with`). They stay Python coroutine functions, written as CPython
// writes them; a fast path replaces only the JS body each call runs. Its coroutine is lazy like any
// other: when first resumed it makes the body's own first test (is an item there? is the lock
// free?) natively and, when that test lets the body finish, returns the body's result at once.
// When the body would wait, the coroutine waits natively on the future the body would make (a
// Wait, fastMethods.ts), or, for objects that are not the library's own, starts the Python body,
// which makes the same test again and waits. So a call costs one object, not a JS generator, and
// `await CALL` (awaitNow) none when the quick answer needs no wait.
import { PyVal, None, PyFunction, Code } from './object';
import { FALLBACK, MethodCache, MethodPath, libPath, fastMethod, queueGetNowait, queuePutNowait, Wait, eventWait, eventWaitNow, lockWait, lockAcquire, semaphoreAcquire, queueGetWait, queuePutWait } from './fastMethods';
import { PENDING } from './future';
import './fastTasks';
import { STOP } from './types';
import { Frame, state } from './frame';
import { PyGenerator, JsGen } from './generator';
import { PyCoroutine, awaitLater } from './coroutine';
import { pyErr, ValueError, RuntimeError } from './exceptions';
import { truthy, le, sub, getattrIC, setattrIC, callMethodIC, InlineCache, iter, next, call } from './ops';

/** A fast path's answer when the body has to wait: run the Python body instead. */
const WAIT = Symbol('wait');
/** A fast path's answer for `sleep(0)`: yield to the loop once (a bare yield), then return. */
const YIELD_ONCE = Symbol('yield once');
type FastPath = (args: PyVal[]) => PyVal | typeof WAIT | typeof YIELD_ONCE | Wait;

const noBody = null as unknown as JsGen;

/** What a coroutine function with a fast path runs: `quick`, when it answers, without a frame (it
 * runs no Python code: a plain sleep(0), a Queue or lock of the library's own that need not wait),
 * else `path` in the coroutine's frame; `body` is the Python body. */
interface Spec {
  code: Code;
  path: FastPath;
  quick: ((args: PyVal[]) => PyVal | undefined) | undefined;
  body: (...a: PyVal[]) => PyVal;
}

class FastCoroutine extends PyCoroutine {
  /** 0: not started; 1: yielded once (sleep(0)); 2: the Python body (adopted); 3: awaiting a Wait's future. */
  private phase = 0;
  private wait: Wait | null = null;
  /** `pre`: the quick answer, when the call already made it (awaitNow) and it waits. */
  constructor(private spec: Spec, private args: PyVal[] | null, private pre?: typeof YIELD_ONCE | Wait) {
    super(null, noBody);
  }
  /** Its frame is made when first needed: a call that finishes at once often never needs one. */
  protected override makeFrame(): Frame {
    const f = new Frame(this.spec.code);
    f.returned = this.finished;
    if (this.wait !== null) f.awaiting = this.wait.fut;
    return (this.f = f);
  }

  override resume(mode: 'next' | 'throw', arg: PyVal): PyVal {
    if (this.phase === 2) return super.resume(mode, arg);
    if (this.running) throw pyErr(ValueError, 'coroutine already executing');
    if (this.finished) throw pyErr(RuntimeError, 'cannot reuse already awaited coroutine');
    if (this.phase === 1) {
      // Resumed after the bare yield of sleep(0).
      this.end();
      if (mode === 'throw') throw arg;
      this.value = this.args![1];
      return STOP;
    }
    if (this.phase === 3) return this.resumeWait(mode, arg);
    this.started = true;
    if (mode === 'throw') { this.end(); throw arg; }
    const args = this.args!, spec = this.spec;
    let r = this.pre ?? (spec.quick === undefined ? undefined : spec.quick(args));
    if (r === undefined) r = this.run(spec.path, args, undefined);
    if (r === YIELD_ONCE) { this.phase = 1; return None; }
    if (r instanceof Wait) return this.await(r);
    if (r !== WAIT) { this.end(); this.value = r; return STOP; }
    // The body will wait: this coroutine adopts the Python body's frame and generator (its own
    // coroutine object is dropped) and runs it from the start.
    const body = spec.body(...args) as PyGenerator;
    this.f = body.frame;
    this.js = body.js;
    this.phase = 2;
    this.args = null;
    return super.resume(mode, arg);
  }

  /** Runs native code of this coroutine in its frame; an exception finishes it. */
  private run<A, B, T>(body: (a: A, b: B) => T, a: A, b: B): T {
    const f = this.frame;
    f.back = state.cur;
    state.cur = f;
    this.running = true;
    try {
      return body(a, b);
    } catch (e) {
      this.end();
      throw e;
    } finally {
      this.running = false;
      state.cur = f.back;
    }
  }

  /** `await w.fut`, as Future.__await__: yields the pending future to the task. */
  private await(w: Wait): PyVal {
    this.phase = 3;
    this.args = null;
    this.wait = w;
    w.fut.blocking = true;
    if (this.f !== null) this.f.awaiting = w.fut;
    return w.fut;
  }

  /** Resumed at the Wait's await: its result (or the exception raised there) goes to `after`. */
  private resumeWait(mode: 'next' | 'throw', arg: PyVal): PyVal {
    const w = this.wait!, fut = w.fut;
    let exc: PyVal | null = mode === 'throw' ? arg : null;
    if (exc === null) {
      if (fut.state === PENDING) {
        // Sent a value while the future is pending: Future.__await__ raises at the await.
        exc = pyErr(RuntimeError, "await wasn't used with future");
      } else {
        try { fut.getResult(); } catch (e) { exc = e as PyVal; }
      }
    }
    if (this.f !== null) this.f.awaiting = null;
    this.wait = null;
    const r = this.run(afterWait, w, exc);
    if (r instanceof Wait) return this.await(r);
    this.end();
    this.value = r;
    return STOP;
  }

  private end(): void {
    this.finished = true;
    if (this.f !== null) this.f.returned = true;
    this.wait = null;
  }
}

// ---------------------------------------------------------------- the fast paths
/** The body's test `self.NAME()` when the library defines it (natively, when it has a native
 * path), so that repeating it in the body is invisible; WAIT when the program overrides it, so
 * that only the body calls it. */
function libTest(name: string): (self: PyVal) => PyVal {
  const c = new MethodCache(name, (m) => (m instanceof PyFunction && m.argc === 1 && m.code.filename.startsWith('<yieldpoint:') ? m.fn : null));
  return (self) => {
    const fn = c.get(self);
    return fn === null ? WAIT : fn(self);
  };
}
const empty = libTest('empty'), full = libTest('full'), locked = libTest('locked');
/** `self.acquire`'s fast path, when it is the library's own acquire. */
const acquireSpec = new MethodCache('acquire', (m) => (m instanceof PyFunction ? specs.get(m) ?? null : null));
const getNowaitM = libPath('get_nowait'), putNowaitM = libPath('put_nowait'), releaseM = libPath('release');
const ic = (): InlineCache => new InlineCache();
const getNowaitIC = ic(), putNowaitIC = ic(), cancelledIC = ic(), releaseIC = ic();
const lockedIC = ic(), lockedSetIC = ic(), waitersIC = ic(), valueIC = ic(), valueSetIC = ic();
/** `self.NAME(...args)`: natively when the library's method has a native path that does not fall back. */
function callLib(m: MethodCache<MethodPath>, name: string, args: PyVal[], site: InlineCache): PyVal {
  const p = m.get(args[0]);
  const r = p === null ? FALLBACK : p(args);
  return r === FALLBACK ? callMethodIC(args[0], name, args.slice(1), site) : r;
}

const PATHS: Record<string, FastPath> = {
  /** `if delay <= 0: await __sleep0(); return result` */
  sleep: ([delay]) => (truthy(le(delay, 0)) ? YIELD_ONCE : WAIT),
  /** `while self.empty(): <wait>` then `return self.get_nowait()` (after the quick get_nowait) */
  'Queue.get': ([self]) => {
    const w = queueGetWait(self);
    if (w !== null) return w;
    const e = empty(self);
    return e === WAIT || truthy(e) ? WAIT : callLib(getNowaitM, 'get_nowait', [self], getNowaitIC);
  },
  /** `while self.full(): <wait>` then `return self.put_nowait(item)` (after the quick put_nowait) */
  'Queue.put': ([self, item]) => {
    const w = queuePutWait(self, item);
    if (w !== null) return w;
    const f = full(self);
    return f === WAIT || truthy(f) ? WAIT : callLib(putNowaitM, 'put_nowait', [self, item], putNowaitIC);
  },
  /** `if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
   *      self._locked = True; return True` */
  'Lock.acquire': ([self]) => {
    if (truthy(getattrIC(self, '_locked', lockedIC))) return lockWait(self) ?? WAIT;
    const waiters = getattrIC(self, '_waiters', waitersIC);
    if (waiters !== None) {
      const it = iter(waiters);
      for (let w = next(it); w !== STOP; w = next(it)) if (!truthy(callMethodIC(w, 'cancelled', [], cancelledIC))) return lockWait(self) ?? WAIT;
    }
    setattrIC(self, '_locked', true, lockedSetIC);
    return true;
  },
  /** `if not self.locked(): self._value -= 1; return True` */
  'Semaphore.acquire': ([self]) => {
    const l = locked(self);
    if (l === WAIT || truthy(l)) return WAIT;
    setattrIC(self, '_value', sub(getattrIC(self, '_value', valueIC), 1), valueSetIC);
    return true;
  },
  /** `if self._value: return True` */
  'Event.wait': ([self]) => (truthy(getattrIC(self, '_value', valueIC)) ? true : eventWait(self) ?? WAIT),
  /** `await self.acquire(); return None`: the acquire's own fast path, when it has one. */
  '_ContextManagerMixin.__aenter__': (args) => {
    const spec = acquireSpec.get(args[0]);
    const r = spec === null ? WAIT : spec.path(args);
    return r === WAIT ? WAIT : r instanceof Wait ? returning(r, None) : None;
  },
  /** `self.release()` */
  '_ContextManagerMixin.__aexit__': ([self]) => (callLib(releaseM, 'release', [self], releaseIC), None),
};
/** A Wait whose body then returns `v` in place of the inner coroutine's result (`await inner; return v`). */
class Returning extends Wait {
  constructor(private inner: Wait, private v: PyVal) { super(inner.fut); }
  after(exc: PyVal | null): PyVal | Wait {
    const r = this.inner.after(exc);
    return r instanceof Wait ? new Returning(r, this.v) : this.v;
  }
}
const returning = (w: Wait, v: PyVal): Wait => new Returning(w, v);
const afterWait = (w: Wait, exc: PyVal | null): PyVal | Wait => w.after(exc);
/** Quick answers: natively, with no Python code to run; undefined when the path must decide. */
const QUICK: Record<string, (args: PyVal[]) => PyVal | undefined> = {
  sleep: ([delay]) => (typeof delay === 'number' && delay <= 0 ? YIELD_ONCE : undefined),
  'Queue.get': ([self]) => { const r = queueGetNowait(self); return r === FALLBACK ? undefined : r; },
  'Queue.put': ([self, item]) => { const r = queuePutNowait(self, item); return r === FALLBACK ? undefined : r; },
  'Lock.acquire': ([self]) => lockAcquire(self),
  'Semaphore.acquire': ([self]) => semaphoreAcquire(self),
  'Event.wait': ([self]) => eventWaitNow(self),
  /** `await self.acquire(); return None` */
  '_ContextManagerMixin.__aenter__': ([self]) => {
    const spec = acquireSpec.get(self);
    const r = spec === null || spec.quick === undefined ? undefined : spec.quick([self]);
    return r === undefined ? undefined : r instanceof Wait ? returning(r, None) : None;
  },
  /** `self.release()` */
  '_ContextManagerMixin.__aexit__': ([self]) => {
    const p = releaseM.get(self);
    return p === null || p([self]) === FALLBACK ? undefined : None;
  },
};
/** The coroutine functions that have a fast path. */
const specs = new WeakMap<PyFunction, Spec>();

/** `@_yieldpoint.fast_path(name)` on a coroutine function: calls make FastCoroutines. The
 * function keeps its identity (name, code, signature); only the body each call runs changes. */
export function fastPath(name: string, fn: PyVal): PyVal {
  if (fn instanceof PyFunction && fn.code.kind === 'function') return fastMethod(name, fn);
  const path = PATHS[name];
  if (path === undefined || !(fn instanceof PyFunction) || fn.code.kind !== 'coroutine') throw new Error(`fast_path: no fast path ${name}`);
  const spec: Spec = { code: fn.code, path, quick: QUICK[name], body: fn.fn };
  fn.fn = (...args: PyVal[]) => new FastCoroutine(spec, args);
  const quick = spec.quick;
  if (quick !== undefined && fn.argc >= 0) {
    const f = fn, argc = fn.argc;
    f.awaitNow = (args) => {
      if (args.length !== argc) {
        const defaults = f.defaults;
        if (args.length > argc || argc - args.length > defaults.length) return awaitLater(call(f, args));
        for (let i = defaults.length - (argc - args.length); i < defaults.length; i++) args.push(defaults[i]);
      }
      const r = quick(args);
      if (r === undefined) return awaitLater(new FastCoroutine(spec, args));
      if (r === YIELD_ONCE || r instanceof Wait) return awaitLater(new FastCoroutine(spec, args, r));
      return r;
    };
  }
  specs.set(fn, spec);
  return fn;
}
