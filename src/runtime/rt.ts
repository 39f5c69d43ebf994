// The helpers that generated code calls. Generated code sees each as a `$name` constant.
import { PyVal, PyObject, PyType, PyFloat, Kw, None, Ellipsis, PyFunction, Code, Signature, PyMethod, GLOBALS_VERSION, GlobalsMap, GlobalCell, TYPE_VERSION } from './object';
import { PyList, PyTuple, PySlice, PyBytes, STOP, tuple, typeOf, PyModule, superType, frozensetType } from './types';
import { PyDict, PySet } from './dict';
import {
  PyException, BaseException, pyErr, newExc, isExc, TypeError, NameError, UnboundLocalError, ValueError, RuntimeError,
  implicitContext, AssertionError, RecursionError, MemoryError, SystemError, ImportError, BaseExceptionGroup, ExceptionGroup,
} from './exceptions';
import * as ops from './ops';
import { Frame, T, state, enter, leave, trap, edits, addTraceback, reraisedFrom, frameDrops } from './frame';
import { PyGenerator, yieldFrom, makeGenerator, handlingStack, generatorCount } from './generator';
import { makeCoroutine, makeAsyncGenerator, awaitValue, agYield, aiter, anext, PyCoroutine, PyAsyncGenerator, asyncgenHooks, awaitMethod, awaitMethodN, awaitCall, awaitBound, awaited, AWAIT_LATER } from './coroutine';
import { builtins, formatValue, io } from './builtins';
import { buildClass, makeSuper, groupSplit, exceptionMatcher } from './typeobject';
import { makeSet } from './containers';
import { isSequence, isMapping, matchLen, matchKeys, matchRest, matchClass, setAbcClass } from './patterns';

const foldedFrozenset = (items: PyVal[]): PySet => makeSet([...makeSet(items, frozensetType).order.keys()], frozensetType);
import { floatFloorDiv, floatMod } from './arith';
import * as I from './int';
import { asciiRepr } from './str';
import { globalsDict } from './globalsDict';

const { call, getattr, setattr, delattr, getitem, setitem, delitem, truthy, iter, next, toArray, str, repr } = ops;

/** A function's free variables, read live from the enclosing JS scopes (for __closure__). */
export interface Closure { names: string[]; get: () => PyVal[] }

/** Exceptions currently being handled (innermost last), for bare `raise` and __context__. */
const handling: PyException[] = [];
/** Coroutines never started that an asyncio call refused (asyncio.run in a running loop, a closed
 * loop...): when the program made the coroutine right in the call's arguments, only the
 * exception's traceback still holds it in CPython, so it is freed, with the "never awaited"
 * warning, when a handler lets go of the exception, or at exit if uncaught. (A coroutine the
 * program keeps in a variable lives on: we cannot see references, so we read the call's line.) */
export const orphans = new WeakMap<PyException, { coros: PyCoroutine[]; inTask: boolean }>();
let orphanCount = 0;
export function orphan(e: PyException, c: PyVal, inTask: boolean): void {
  if (!(c instanceof PyCoroutine) || c.started || c.finished) return;
  let f = state.cur;
  while (f && f.code.filename.startsWith('<')) f = f.back;
  const line = f ? reporting.lines(f.code.filename)?.[f.l - 1] : undefined;
  if (line === undefined || !/\b(run|run_until_complete|create_task|wait|gather)\(\s*[[{(]?\s*[A-Za-z_][\w.]*\(/.test(line)) return;
  const o = orphans.get(e);
  if (o) o.coros.push(c);
  else orphans.set(e, { coros: [c], inTask });
  orphanCount++;
}
/** What frames alone held (their drops) when an exception left them: its traceback keeps those
 * frames alive, so the values are freed when a handler lets go of the exception. */
const tracebackDrops = new WeakMap<PyException, PyVal[]>();
let tracebackDropCount = 0;
/** Takes what the frames of e's traceback alone held, to free it. */
export function takeTracebackDrops(e: PyVal): PyVal[] {
  const held = e instanceof PyException ? tracebackDrops.get(e) : undefined;
  if (!held) return [];
  tracebackDrops.delete(e as PyException);
  tracebackDropCount--;
  return held;
}
/** The orphans still never started of an uncaught exception (or of one it chains to). */
export function takeOrphans(e: PyVal): { coros: PyCoroutine[]; inTask: boolean } | null {
  for (let x = e, n = 0; x instanceof PyException && n < 100; x = x.cause !== None ? x.cause : x.context, n++) {
    const o = orphans.get(x);
    if (o) { orphans.delete(x); return { coros: o.coros.filter((c) => !c.started && !c.finished), inTask: o.inTask }; }
  }
  return null;
}
/** Groups re-raised by a bare `raise` in an except* handler (until the try statement merges them). */
const starReraised = new WeakSet<PyException>();
/** The exception being handled (sys.exc_info / sys.exception), or undefined. */
/** CPython's _PyObject_FunctionStr, as error messages name a callee: `module.qualname() `. */
function functionStr(f: PyVal): string {
  if (f instanceof PyMethod) return functionStr(f.func);
  const qn = ops.getattrOpt(f, '__qualname__');
  if (typeof qn !== 'string') return `${str(f)} `;
  const mod = ops.getattrOpt(f, '__module__');
  return typeof mod === 'string' && mod !== 'builtins' ? `${mod}.${qn}() ` : `${qn}() `;
}
export function activeException(): PyException | undefined { return handling[handling.length - 1]; }
/** A generator keeps the exceptions its own frame is handling while suspended (CPython's
 * gi_exc_state): resume() notes the depth, takes its entries off at a yield, puts them back. */
implicitContext.of = (e) => { if (handling.length) e.context = handling[handling.length - 1]; };
handlingStack.depth = () => handling.length;
handlingStack.take = (from) => (handling.length > from ? handling.splice(from) : null);
handlingStack.restore = (saved) => { handling.push(...saved); };

function iterable(v: PyVal): boolean {
  const t = typeOf(v);
  return typeof v === 'string' || t.lookup('__iter__') !== undefined || t.lookup('__getitem__') !== undefined;
}

/** A per-site cache of a global (or builtin) name, valid until any module's globals change. */
export class GlobalCache { v = -1; cell: GlobalCell | null = null; value: PyVal = undefined; }
/** A global name read through a per-site cache: the name's cell while the set of names is unchanged. */
export function loadGlobalCached(G: Map<string, PyVal>, name: string, ic: GlobalCache): PyVal {
  if (ic.v === GLOBALS_VERSION.v) {
    const c = ic.cell;
    if (c === null) return ic.value;
    const x = c.v;
    if (x !== undefined) return x;
  }
  if (!(G instanceof GlobalsMap)) return loadGlobal(G, name);
  const c = G.cell(name);
  if (c !== undefined) { ic.v = GLOBALS_VERSION.v; ic.cell = c; return c.v; }
  const v = loadGlobal(G, name);
  ic.v = GLOBALS_VERSION.v; ic.cell = null; ic.value = v;
  return v;
}
/** A store to a global name through a per-site cache: into the name's cell while it is bound. */
export function storeGlobalCached(G: Map<string, PyVal>, name: string, v: PyVal, ic: GlobalCache): void {
  const c = ic.cell;
  if (c !== null && c.v !== undefined && (G as GlobalsMap).mirror === null) { c.v = v; return; }
  G.set(name, v);
  if (G instanceof GlobalsMap) { ic.cell = G.cell(name) ?? null; ic.v = GLOBALS_VERSION.v; }
}

export function loadGlobal(G: Map<string, PyVal>, name: string): PyVal {
  const v = G.get(name);
  if (v !== undefined) return v;
  const b = builtins.get(name);
  if (b !== undefined) return b;
  const e = pyErr(NameError, `name '${name}' is not defined`);
  e.dict!.set('name', name);
  throw e;
}

/** Turns anything thrown into a PyException (JS stack overflow becomes RecursionError). */
export function toPyException(e: unknown): PyException {
  if (e instanceof PyException) return e;
  if (e instanceof RangeError) {
    if (/call stack/i.test(e.message)) return pyErr(RecursionError, 'maximum recursion depth exceeded');
    if (/Invalid (string|array|typed array) length|allocation failed|Array buffer allocation/i.test(e.message)) return pyErr(MemoryError);
  }
  const err = pyErr(SystemError, `internal error: ${e instanceof Error ? e.message : String(e)}`);
  (err as PyException & { jsError?: unknown }).jsError = e;
  return err;
}

/** What `except BaseException` catches of a thrown value, or null for the runtime's own signals
 * (the debugger's terminate), which must pass through native code that catches on Python's behalf. */
export function catchable(e: unknown): PyException | null {
  return e instanceof PyException || e instanceof RangeError ? toPyException(e) : null;
}

/** The debugger's view of exceptions: `raised` hears of an exception in every frame it passes
 * through (the debugger reports it once, in the first frame of the program). */
export const debugHooks = { raised: null as null | ((e: PyException, f: Frame) => void), uncaught: null as null | ((e: PyException) => void) };

export function unwind(e: unknown, f: Frame): PyException {
  const x = toPyException(e);
  if (debugHooks.raised) debugHooks.raised(x, f);
  addTraceback(x, f);
  return x;
}

/** Implicit chaining as CPython's _PyErr_SetObject does it for every raise: the context is
 * replaced, and a cycle through ctx's chain is cut where that chain reaches e (Floyd's
 * tortoise guards against a cycle already there). */
function chainContext(e: PyException, ctx: PyException): void {
  if (e === ctx) return;
  let o = ctx, slow = ctx, toggle = false;
  for (let c = o.context; c instanceof PyException; c = o.context) {
    if (c === e) { o.context = None; break; }
    o = c;
    if (o === slow) break;
    if (toggle) slow = slow.context as PyException;
    toggle = !toggle;
  }
  e.context = ctx;
}

/** The `yield*` target of an await (or an async generator's yield) inside an except or finally
 * block: an exception thrown into the suspended frame that comes back out of what it awaits is
 * chained to the exception the frame is handling, as CPython's gen_send_ex does when a throw()
 * reaches a generator. A send that raises is not chained again: its raise already was. */
class ChainThrown implements Iterator<PyVal, PyVal, PyVal> {
  private it: Iterator<PyVal, PyVal, PyVal>;
  constructor(aw: Iterable<PyVal, PyVal, PyVal>, private f: Frame) { this.it = aw[Symbol.iterator](); }
  [Symbol.iterator](): this { return this; }
  next(v: PyVal): IteratorResult<PyVal, PyVal> { return this.it.next(v); }
  throw(e: PyVal): IteratorResult<PyVal, PyVal> {
    try {
      return this.it.throw!(e);
    } catch (x) {
      throw chainThrown(x, this.f);
    }
  }
  return(v: PyVal): IteratorResult<PyVal, PyVal> { return this.it.return ? this.it.return(v) : { value: v, done: true }; }
}
function chainThrown(x: unknown, f: Frame): unknown {
  if (f.thrownIn && x instanceof PyException && handling.length > f.hbase) chainContext(x, handling[handling.length - 1]);
  return x;
}
/** A generator's bare `yield v` inside an except or finally block, as ChainThrown. */
class YieldChained implements Iterator<PyVal, PyVal, PyVal> {
  private yielded = false;
  constructor(private v: PyVal, private f: Frame) {}
  [Symbol.iterator](): this { return this; }
  next(sent: PyVal): IteratorResult<PyVal, PyVal> {
    if (this.yielded) return { value: sent, done: true };
    this.yielded = true;
    return { value: this.v, done: false };
  }
  throw(e: PyVal): IteratorResult<PyVal, PyVal> { throw chainThrown(e, this.f); }
  return(v: PyVal): IteratorResult<PyVal, PyVal> { return { value: v, done: true }; }
}

export function raise(exc: PyVal, cause?: PyVal): PyException {
  let e: PyVal = exc;
  if (exc instanceof PyType) {
    if (!exc.isSubtypeOf(BaseException)) throw pyErr(TypeError, 'exceptions must derive from BaseException');
    e = call(exc, []);
    if (!(e instanceof PyException)) throw pyErr(TypeError, `calling ${repr(exc)} should have returned an instance of BaseException, not ${ops.typeName(e)}`);
  } else if (!(exc instanceof PyException)) throw pyErr(TypeError, 'exceptions must derive from BaseException');
  const x = e as PyException;
  starReraised.delete(x);
  if (cause !== undefined) {
    if (cause === None) x.cause = None;
    else if (cause instanceof PyType && cause.isSubtypeOf(BaseException)) x.cause = call(cause, []);
    else if (cause instanceof PyException) x.cause = cause;
    else throw pyErr(TypeError, 'exception causes must derive from BaseException');
    x.suppressContext = true;
  }
  const top = handling[handling.length - 1];
  if (top) chainContext(x, top);
  return x;
}

/** A with statement's enter and exit methods, for the last type it saw (valid while TYPE_VERSION is). */
class WithSite {
  t: PyType | null = null;
  v = -1;
  enter: PyVal = undefined;
  exit: PyVal = undefined;
}
/** The exit method of `m` (a with statement's), its enter method left in `site`. */
function withMethods(m: PyVal, site: WithSite, enterName: string, exitName: string, protocol: string): PyVal {
  const t = typeOf(m);
  if (t === site.t && site.v === TYPE_VERSION.v) return site.exit;
  const enter = t.lookup(enterName), exit = t.lookup(exitName);
  if (enter === undefined) throw pyErr(TypeError, `'${t.name}' object does not support ${protocol}`);
  if (exit === undefined) throw pyErr(TypeError, `'${t.name}' object does not support ${protocol} (missed ${exitName} method)`);
  site.t = t; site.v = TYPE_VERSION.v; site.enter = enter; site.exit = exit;
  return exit;
}

const rt = {
  $Code: Code,
  $None: None,
  $Ellipsis: Ellipsis,
  $STOP: STOP,
  $T: T,
  $List: PyList,
  $Dict: PyDict,
  $Float: PyFloat,
  $SPREAD: STOP,
  $enter: enter,
  $leave: leave,
  $trap: trap,
  $edits: edits,
  // An exception leaving a frame keeps its locals alive in its traceback.
  $unwind: (e: unknown, f: Frame) => {
    const x = unwind(e, f);
    if (f.drops !== null) {
      const held = tracebackDrops.get(x);
      if (held) held.push(...f.drops.values()); else tracebackDrops.set(x, [...f.drops.values()]);
      tracebackDropCount++;
      f.drops = null;
    }
    return x;
  },
  $frame: (code: Code) => new Frame(code),
  $gen: makeGenerator,
  $coro: makeCoroutine,
  $asyncgen: makeAsyncGenerator,
  $await: awaitValue,
  $agYield: agYield,
  $aiter: aiter,
  $anext: anext,
  $yieldFrom: yieldFrom,
  $tr: (v: PyVal) => v === true || (v !== false && truthy(v)),
  $iter: iter,
  $next: next,
  $lg: loadGlobal,
  $lgc: loadGlobalCached,
  $gst: storeGlobalCached,
  $GC: GlobalCache,
  $ubl: (name: string): never => {
    const e = pyErr(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
    e.dict!.set('name', name);
    throw e;
  },
  $ubf: (name: string): never => {
    throw pyErr(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  },
  $gdel: (G: Map<string, PyVal>, name: string) => {
    if (!G.delete(name)) throw pyErr(NameError, `name '${name}' is not defined`);
  },
  $nsdel: (ns: Map<string, PyVal>, name: string) => {
    if (!ns.delete(name)) throw pyErr(NameError, `name '${name}' is not defined`);
  },
  $ga: getattr,
  $sa: setattr,
  $sac: ops.setattrIC,
  $da: delattr,
  $gi: getitem,
  $si: setitem,
  $di: delitem,
  $slice: (a: PyVal, b: PyVal, c: PyVal) => new PySlice(a, b, c),
  $arr: (v: PyVal) => toArray(v),
  $starArgs: (v: PyVal, callee: PyVal) => {
    if (!iterable(v)) throw pyErr(TypeError, `${functionStr(callee)}argument after * must be an iterable, not ${ops.typeName(v)}`);
    return toArray(v);
  },
  $starred: (v: PyVal) => {
    if (!iterable(v)) throw pyErr(TypeError, `Value after * must be an iterable, not ${ops.typeName(v)}`);
    return toArray(v);
  },
  $add: ops.add,
  $sub: ops.sub,
  $mul: ops.mul,
  $mod: (a: PyVal, b: PyVal) => {
    if (typeof a === 'number' && typeof b === 'number' && b !== 0) { const r = a % b; return r !== 0 && (r < 0) !== (b < 0) ? r + b : r === 0 ? 0 : r; }
    if (a instanceof PyFloat && b instanceof PyFloat) return new PyFloat(floatMod(a.v, b.v));
    return ops.binop('%', a, b);
  },
  $fdiv: (a: PyVal, b: PyVal) => {
    if (typeof a === 'number' && typeof b === 'number' && b !== 0) return I.floordiv(a, b);
    if (a instanceof PyFloat && b instanceof PyFloat) return new PyFloat(floatFloorDiv(a.v, b.v));
    return ops.binop('//', a, b);
  },
  $bin: ops.binop,
  $inp: (op: string, a: PyVal, b: PyVal) => {
    if (typeof a === 'number' && typeof b === 'number') {
      if (op === '+') return ops.add(a, b);
      if (op === '-') return ops.sub(a, b);
    }
    return ops.inplace(op as never, a, b);
  },
  $neg: ops.neg,
  $pos: ops.pos,
  $inv: ops.invert,
  $lt: ops.lt, $le: ops.le, $gt: ops.gt, $ge: ops.ge, $eqv: ops.eqv, $nev: ops.nev,
  $in: ops.contains,
  $is: (a: PyVal, b: PyVal) => a === b || (typeof a === 'bigint' && a === b),
  $tuple: (items: PyVal[]) => tuple(items),
  $set: (items: PyVal[]) => makeSet(items),
  // A set display of constants: CPython builds a frozenset constant from them, rebuilds it once
  // when merging the code's constants, and copies that into a new set (BUILD_SET 0; SET_UPDATE).
  $setc: (items: PyVal[]) => { const s = new PySet(); s.merge(foldedFrozenset(items)); return s; },
  $fset: (items: PyVal[]) => foldedFrozenset(items),
  $dict: (kv: PyVal[]) => {
    const d = new PyDict();
    for (let i = 0; i < kv.length; i += 2) {
      if (kv[i] === STOP) {
        const src = kv[i + 1];
        if (src instanceof PyDict) for (const j of src.t.slots()) d.set(src.t.keys[j], src.t.vals[j]);
        else {
          const keys = ops.getattrOpt(src, 'keys');
          if (keys === undefined) throw pyErr(TypeError, `'${ops.typeName(src)}' object is not a mapping`);
          for (const k of toArray(call(keys, []))) d.set(k, getitem(src, k));
        }
      } else d.set(kv[i], kv[i + 1]);
    }
    return d;
  },
  $dictSet: (d: PyDict, k: PyVal, v: PyVal) => d.set(k, v),
  $annotate: (ns: Map<string, PyVal>, name: string, ann: PyVal) => {
    let d = ns.get('__annotations__');
    if (!(d instanceof PyDict)) { d = new PyDict(); ns.set('__annotations__', d); }
    (d as PyDict).set(name, ann);
  },
  $bytes: (b: number[]) => new PyBytes(Uint8Array.from(b)),
  $call: call,
  $call0: ops.call0,
  $call1: ops.call1,
  $call2: ops.call2,
  $call3: ops.call3,
  $cm: ops.callMethod,
  $cmc: ops.callMethodIC,
  $cm0: ops.callMethodIC0,
  $cm1: ops.callMethodIC1,
  $cm2: ops.callMethodIC2,
  $gac: ops.getattrIC,
  $PyObject: PyObject,
  $TV: TYPE_VERSION,
  $IC: ops.InlineCache,
  $kwmap: (kv: PyVal[], callee?: PyVal): Kw => {
    const m = new Map<string, PyVal>();
    const dup = (k: string) => pyErr(TypeError, `${callee === undefined ? '' : functionStr(callee)}got multiple values for keyword argument '${k}'`);
    for (let i = 0; i < kv.length; i += 2) {
      if (kv[i] === null) {
        const src = kv[i + 1];
        const put = (k: PyVal, v: PyVal) => {
          if (typeof k !== 'string') throw pyErr(TypeError, 'keywords must be strings');
          if (m.has(k)) throw dup(k);
          m.set(k, v);
        };
        if (src instanceof PyDict) for (const j of src.t.slots()) put(src.t.keys[j], src.t.vals[j]);
        else {
          const keys = ops.getattrOpt(src, 'keys');
          if (keys === undefined) throw pyErr(TypeError, `${callee === undefined ? '' : functionStr(callee)}argument after ** must be a mapping, not ${ops.typeName(src)}`);
          for (const k of toArray(call(keys, []))) put(k, getitem(src, k));
        }
      } else {
        if (m.has(kv[i])) throw dup(kv[i]);
        m.set(kv[i], kv[i + 1]);
      }
    }
    return m;
  },
  $mkfn: (code: Code, sig: Signature, fn: (...a: PyVal[]) => PyVal, defaults: PyVal[], kwd: Kw, G: Map<string, PyVal>, doc?: string) => {
    const f = new PyFunction(code, sig, fn, defaults, kwd, G);
    if (doc !== undefined) f.doc = doc;
    f.module = G.get('__name__') ?? '__main__';
    // Callers may pass exactly argc positionals straight to fn only when no defaults are needed.
    return f;
  },
  $fann: (f: PyFunction, kv: PyVal[]) => {
    const d = new PyDict();
    for (let i = 0; i < kv.length; i += 2) d.set(kv[i], kv[i + 1]);
    (f as PyFunction & { annotations?: PyVal }).annotations = d;
    return f;
  },
  $globals: (G: Map<string, PyVal>, name: string) => (G.has(name) ? ops.call0(G.get(name)) : globalsDict(G)),
  $locals: (G: Map<string, PyVal>, name: string, names: string[], vals: PyVal[]) => {
    if (G.has(name)) return ops.call0(G.get(name));
    const d = new PyDict();
    names.forEach((n, i) => { if (vals[i] !== undefined) d.set(n, vals[i]); });
    return d;
  },
  $nslocals: (G: Map<string, PyVal>, name: string, ns: Map<string, PyVal> | { m: PyVal }) => {
    if (G.has(name)) return ops.call0(G.get(name));
    return ns instanceof Map ? PyDict.fromMap(ns) : ns.m;
  },
  $clo: (f: PyFunction, names: string[], get: () => PyVal[]) => {
    (f as PyFunction & { closure?: Closure }).closure = { names, get };
    return f;
  },
  $class: buildClass,
  $B_all: builtins.get('all'),
  $B_any: builtins.get('any'),
  /** A `for` over a fresh generator (`for x in gen():`) lets go of it at the loop's end. */
  $dropIter: (it: PyVal): void => dropIter(it),
  $GN: generatorCount,
  /** An expression statement's value: a coroutine made by the call and never started is dropped
   * here, where CPython warns that it was never awaited. */
  $ds: (v: PyVal, f: Frame): void => {
    if (v instanceof PyCoroutine && !v.started && !v.finished) warnNeverAwaited(v, f);
  },
  /** super() in a function with no parameter, or outside any class: CPython's RuntimeError, unless
   * the global name super is something else. */
  $superBare: (fn: PyVal, hasParam: boolean) => {
    if (fn === superType && hasParam) throw pyErr(RuntimeError, 'super(): __class__ cell not found');
    return ops.call(fn, [], null);
  },
  $super0: (cls: PyVal, self: PyVal) => {
    if (cls === undefined) throw pyErr(RuntimeError, 'super(): __class__ cell not found');
    return makeSuper(cls, self);
  },
  $unpack: (v: PyVal, n: number): PyVal[] => {
    const items = ops.exactItems(v);
    if (items) {
      if (items.length === n) return items;
      if (items.length < n) throw pyErr(ValueError, `not enough values to unpack (expected ${n}, got ${items.length})`);
      throw pyErr(ValueError, `too many values to unpack (expected ${n})`);
    }
    if (!(v instanceof PyObject) && typeof v !== 'string') throw pyErr(TypeError, `cannot unpack non-iterable ${ops.typeName(v)} object`);
    if (v instanceof PyObject && typeOf(v).lookup('__iter__') === undefined && typeOf(v).lookup('__getitem__') === undefined) throw pyErr(TypeError, `cannot unpack non-iterable ${ops.typeName(v)} object`);
    const it = iter(v);
    const out: PyVal[] = [];
    for (let i = 0; i < n; i++) {
      const x = next(it);
      if (x === STOP) throw pyErr(ValueError, `not enough values to unpack (expected ${n}, got ${i})`);
      out.push(x);
    }
    if (next(it) !== STOP) throw pyErr(ValueError, `too many values to unpack (expected ${n})`);
    return out;
  },
  $mseq: isSequence,
  $mmap: isMapping,
  $mlen: matchLen,
  $mkeys: matchKeys,
  $mrest: matchRest,
  $mclass: matchClass,
  $unpackEx: (v: PyVal, before: number, after: number): PyVal[] => {
    if (!(v instanceof PyObject) && typeof v !== 'string') throw pyErr(TypeError, `cannot unpack non-iterable ${ops.typeName(v)} object`);
    const items = toArray(v);
    if (items.length < before + after) throw pyErr(ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
    return [...items.slice(0, before), new PyList(items.slice(before, items.length - after)), ...items.slice(items.length - after)];
  },
  $raise: raise,
  $chainThrown: (aw: Iterable<PyVal, PyVal, PyVal>, f: Frame) => new ChainThrown(aw, f),
  $yieldChained: (v: PyVal, f: Frame) => new YieldChained(v, f),
  $reraise: () => {
    const top = handling[handling.length - 1];
    if (!top) return pyErr(RuntimeError, 'No active exception to reraise');
    return top;
  },
  $exc: (e: unknown, f: Frame) => unwind(e, f),

  $hpush: (e: PyException) => { handling.push(e); },
  $hpop: () => { handling.pop(); },
  /** A store into a local that alone holds its value (codegen's deadStore): the value it
   * replaces is freed. Only a generator the call made (newer than `made`) is the local's alone:
   * `it = iter(gen)` passes on one that others hold. */
  $dead: (made: number, v: PyVal, f: Frame, name: string): PyVal => {
    const prev = f.drops?.get(name);
    if (prev !== undefined) {
      f.drops!.delete(name);
      release(prev, f);
    }
    if (v instanceof PyGenerator && v.serial > made && !v.finished) (f.drops ??= new Map()).set(name, v);
    return v;
  },
  /** An except clause done with `e` (not raising): the coroutines only `e` held are freed, and
   * what its traceback's frames alone held unless the clause kept `e` (codegen's exceptionKept). */
  $hdone: (e: PyException, f: Frame, kept?: boolean) => {
    if (tracebackDropCount !== 0 && !kept) for (const v of takeTracebackDrops(e)) release(v, f);
    if (orphanCount === 0) return;
    const o = orphans.get(e);
    if (!o) return;
    orphans.delete(e);
    orphanCount -= o.coros.length;
    for (const c of o.coros) if (!c.started && !c.finished) warnNeverAwaitedAt(c, f.code.filename, f.l, moduleOf(f), false);
  },
  $match: (e: PyException, t: PyVal) => {
    const check = (c: PyVal) => {
      if (!(c instanceof PyType) || !c.isSubtypeOf(BaseException)) throw pyErr(TypeError, 'catching classes that do not inherit from BaseException is not allowed');
    };
    if (t instanceof PyTuple) t.items.forEach(check); else check(t);
    return ops.isinstance(e, t);
  },
  // except* (CPython's CHECK_EG_MATCH and _PyExc_PrepReraiseStar): each handler matches the
  // rest left by the previous ones; a naked exception that matches is wrapped in a new
  // ExceptionGroup('', (exc,)); what the handlers raised is combined with the unhandled rest.
  $egMatch: (rest: PyException, t: PyVal): [PyException | null, PyException | null] => {
    const check = (c: PyVal) => {
      if (!(c instanceof PyType) || !c.isSubtypeOf(BaseException)) throw pyErr(TypeError, 'catching classes that do not inherit from BaseException is not allowed');
      if (c.isSubtypeOf(BaseExceptionGroup)) throw pyErr(TypeError, 'catching ExceptionGroup with except* is not allowed. Use except instead.');
    };
    if (t instanceof PyTuple) t.items.forEach(check); else check(t);
    if (ops.isinstance(rest, t)) {
      if (isExc(rest, BaseExceptionGroup)) return [rest, null];
      const g = call(BaseExceptionGroup, ['', tuple([rest])]) as PyException;
      g.tb = rest.tb.slice();
      return [g, null];
    }
    if (isExc(rest, BaseExceptionGroup)) return groupSplit(rest, exceptionMatcher(t));
    return [null, rest];
  },
  /** A bare `raise` in an except* handler: a re-raise, merged back into the group's shape. */
  $starReraise: (m: PyException) => { starReraised.add(m); return m; },
  $egReraise: (orig: PyException, rest: PyException | null, raised: PyException[], f: Frame): PyException | null => {
    if (!isExc(orig, BaseExceptionGroup)) return raised[0] ?? rest;
    if (!raised.length && rest === orig) return orig;
    const reraised: PyException[] = rest ? [rest] : [];
    const fresh: PyException[] = [];
    for (const x of raised) {
      if (starReraised.has(x)) { starReraised.delete(x); reraised.push(x); } else fresh.push(x);
    }
    let reraisedEg: PyException | null = null;
    if (reraised.length) {
      const leaves = new Set<PyException>();
      const collect = (x: PyException) => {
        if (isExc(x, BaseExceptionGroup)) for (const y of (x.dict!.get('exceptions') as PyTuple).items) collect(y as PyException);
        else leaves.add(x);
      };
      reraised.forEach(collect);
      reraisedEg = groupSplit(orig, (x) => leaves.has(x))[0];
    }
    if (!fresh.length) return reraisedEg;
    if (reraisedEg) fresh.push(reraisedEg);
    if (fresh.length === 1) return fresh[0];
    const g = call(BaseExceptionGroup, ['', new PyList(fresh)]) as PyException;
    reraisedFrom.set(g, f);
    return g;
  },
  $WS: WithSite,
  $exitOf: (m: PyVal, site: WithSite) => withMethods(m, site, '__enter__', '__exit__', 'the context manager protocol'),
  $aexitOf: (m: PyVal, site: WithSite) => withMethods(m, site, '__aenter__', '__aexit__', 'the asynchronous context manager protocol'),
  $wenter: (m: PyVal, _exit: PyVal, site: WithSite) => ops.callBound(site.enter, m, []),
  $awenter: (m: PyVal, _exit: PyVal, site: WithSite) => awaitBound(site.enter, [m]),
  $wexit: (exit: PyVal, m: PyVal, e: PyVal) => ops.callBound(exit, m, exitArgs(e)),
  $awm: awaitMethod,
  $awmn: awaitMethodN,
  $awc: awaitCall,
  $awexit: (exit: PyVal, m: PyVal, e: PyVal) => awaitBound(exit, [m, ...exitArgs(e)]),
  $awaited: awaited,
  $LATER: AWAIT_LATER,
  $assertFail: (msg?: PyVal) => (msg === undefined ? pyErr(AssertionError) : newExc(AssertionError, msg)),
  $fstr: (v: PyVal) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : formatValue(v, '')),
  $fmt: (v: PyVal, conv: number, spec: string) => {
    if (conv === 114) v = repr(v);
    else if (conv === 115) v = str(v);
    else if (conv === 97) v = asciiRepr(repr(v));
    return formatValue(v, spec);
  },
  $import: (name: string) => importModule(name),
  $importFrom: (m: PyModule, name: string) => {
    let v = ops.getattrOpt(m, name);
    // `from package import submodule` imports the submodule (`from concurrent import futures`).
    if (v === undefined && m.name && hasModule(`${m.name}.${name}`)) v = importModule(`${m.name}.${name}`);
    if (v === undefined) {
      const e = pyErr(ImportError, `cannot import name '${name}' from '${m.name}' (unknown location)`);
      throw e;
    }
    return v;
  },
};

export type Runtime = typeof rt;
/** What the interpreter provides for reports on stderr: source lines, and the traceback of an
 * exception that cannot be raised (without its chain, as sys.unraisablehook prints it). */
export const reporting = {
  lines: (_file: string): string[] | undefined => undefined,
  unraisable: (e: PyException): string => `${e}\n`,
};
/** CPython's warnings._warn_unawaited_coroutine, at the line that dropped the coroutine: through
 * the warnings module, so its filters apply and a location warns once. */
// A frame that returns frees its locals with the caller current (for a task's coroutine, the
// loop's Handle._run, asyncio/events.py:80 in CPython).
frameDrops.free = (f: Frame): void => {
  const drops = f.drops!;
  f.drops = null;
  const back = f.back;
  for (const c of drops.values()) {
    if (!(c instanceof PyCoroutine) || c.started || c.finished) { dropIter(c); continue; }
    if (back && !back.code.filename.startsWith('<')) warnNeverAwaitedAt(c, back.code.filename, back.l, moduleOf(back));
    else warnNeverAwaitedAt(c, '<yieldpoint:asyncio.events>', 80, 'asyncio.events');
  }
};
/** The last reference to a generator is gone (CPython's reference counting finalizes it): a
 * suspended generator is closed (its `finally` runs; an error there is reported, not raised), an
 * async generator goes to the loop's finalizer hook, as CPython's garbage collector hands it over. */
export function dropIter(it: PyVal): void {
  if (!(it instanceof PyGenerator) || it.finished || it.running) return;
  // CPython finalizes an async generator once asyncio's firstiter hook has seen it, started or not.
  if (it instanceof PyAsyncGenerator) {
    if (it.hooked && !it.closed && asyncgenHooks.finalizer !== None) call(asyncgenHooks.finalizer, [it]);
    return;
  }
  if (it instanceof PyCoroutine || !it.started) return;
  try {
    it.close();
  } catch (e) {
    const err = toPyException(e);
    io.write('stderr', `Exception ignored in: ${ops.repr(it)}\n${reporting.unraisable(err)}`);
  }
}
function moduleOf(f: Frame): PyVal {
  let g: Frame | null = f;
  while (g && !g.globals) g = g.back;
  return g?.globals?.get('__name__') ?? '<string>';
}
function warnNeverAwaited(c: PyCoroutine, f: Frame): void {
  warnNeverAwaitedAt(c, f.code.filename, f.l, moduleOf(f));
}
/** A value's last reference is gone while frame f runs: a coroutine never started warns there,
 * a generator is finalized (dropIter). */
function release(v: PyVal, f: Frame): void {
  if (v instanceof PyCoroutine && !v.started && !v.finished) warnNeverAwaited(v, f);
  else dropIter(v);
}
/** CPython's warning when a coroutine never started is freed (`closed`: nothing can start it
 * any more; false where a reference may survive that we cannot see). */
export function warnNeverAwaitedAt(c: PyCoroutine, filename: string, line: number, module: PyVal, closed = true): void {
  if (closed) c.finished = true;
  try {
    const warnings = importModule('warnings');
    ops.call(ops.getattr(warnings, '_warn_unawaited_coroutine_at'), [c, filename, line, module]);
  } catch (e) {
    io.write('stderr', `Exception ignored in: ${ops.repr(c)}\n${reporting.unraisable(toPyException(e))}`);
  }
}

export const runtimeHelpers: Record<string, unknown> = rt;

let tracebackOf: (e: PyException) => PyVal = () => None;

/** __exit__'s arguments for the exception `e` leaving a with body (None: none left). */
const exitArgs = (e: PyVal): PyVal[] => (e === None ? [None, None, None] : [typeOf(e), e, tracebackOf(e as PyException)]);
export function setTracebackOf(f: (e: PyException) => PyVal): void { tracebackOf = f; }

let importModule: (name: string) => PyModule = () => { throw pyErr(ImportError, 'no modules'); };
let hasModule: (name: string) => boolean = () => false;
export function setImporter(f: (name: string) => PyModule, has: (name: string) => boolean): void {
  importModule = f; hasModule = has;
  setAbcClass((name) => ops.getattr(importModule('collections.abc'), name));
}

export { PyGenerator, PyMethod, state, PySet, MemoryError, str };
