// Importable modules: native ones (sys, math, time, random) defined here, the rest written in Python
// under src/runtime/lib and compiled by Yieldpoint itself on first import.
import { PyVal, PyFloat, None, PyType, PyBuiltin, makeType, objectType, PyObject, PyNativeMethod, PyMethod, GlobalsMap, PyFunction } from './object';
import { PyModule, PyList, PyTuple, PyBytes, tuple, typeOf, tupleType, PyIter, STOP } from './types';
import { pyErr, newExc, TypeError, ValueError, DeprecationWarning, OverflowError, SystemExit, ImportError, IndexError, ZeroDivisionError, ModuleNotFoundError, StopIteration } from './exceptions';
import * as I from './int';
import { asInt, asNumber, call, toArray, typeName, truthy, intToFloat, lenOf, getitem, callSpecial, itemsOf, str, getattr, repr, iter, eq, binop, reprEnter, reprLeave, truthHooks } from './ops';
import { builtin, params, nargs, getter, method, noKw } from './native';
import { toFloat, floatToInt, fmtCatch, numberHooks } from './numbers';
import { formatTemplateParts, parseFieldName, FormatError } from './format';
import { powNum } from './arith';
import { io, stdStreams } from './builtins';
import { MersenneTwister, RandomError, libm } from './modules/mersenne';
import { setImporter, activeException } from './rt';
import { pyLib } from './lib';
import abcLib from './lib/abc.py';
import collectionsAbcLib from './lib/_collections_abc.py';
import { clock } from './clock';
import { dequeType } from './deque';
import { globalsDict } from './globalsDict';
import { PyDict } from './dict';
import { DictView, odictViewTypes, odictIter } from './containers';
import { defineYieldpointModule } from './loopObserver';
import { Frame, state, T } from './frame';
import { frameObjectHook } from './coroutine';
import { defineAsyncioModule } from './asyncioModule';
import { defineContextvarsModule } from './contextvars';
import { runJobsBeforeSleep } from './threads';
import { interrupts } from './interrupts';
export { clock };

// Python-source modules registered here rather than in lib.ts.
Object.assign(pyLib, { abc: abcLib, 'collections.abc': collectionsAbcLib });

type Def = (name: string, fn: (args: PyVal[], kw: Map<string, PyVal> | null) => PyVal) => void;
const loaded = new Map<string, PyModule>();
const natives = new Map<string, (m: Map<string, PyVal>, def: Def) => void>();

/** Compiles and runs Python-source library modules; set by the interpreter. */
type LibModule = { source: string; js: string; cacheFile?: string };
let runSource: (name: string, mod: LibModule, G: GlobalsMap) => void = () => undefined;
export function setSourceRunner(f: (name: string, mod: LibModule, G: GlobalsMap) => void): void { runSource = f; }

export function moduleNames(): Set<string> {
  return new Set([...natives.keys(), ...Object.keys(pyLib)]);
}

export function importModule(name: string): PyModule {
  let m = loaded.get(name);
  if (m) return m;
  const nat = natives.get(name);
  // A Python-source module runs in its module's dict, so that assigning a module attribute
  // (warnings.showwarning = ..., logging.raiseExceptions = False) rebinds the global its code reads.
  const d = nat ? new Map<string, PyVal>([['__name__', name]]) : new GlobalsMap([['__name__', name]]);
  m = new PyModule(name, d);
  loaded.set(name, m);
  sysModules.d?.set(name, m);
  if (nat) {
    nat(d, (n, fn) => { const b = builtin(n, fn); b.module = name; d.set(n, b); });
  } else if (pyLib[name] !== undefined) {
    runSource(name, pyLib[name], d as GlobalsMap);
    const dot = name.lastIndexOf('.');
    if (dot > 0) importModule(name.slice(0, dot)).dict!.set(name.slice(dot + 1), m);
  } else {
    loaded.delete(name);
    const e = pyErr(ModuleNotFoundError, `No module named '${name}'`);
    throw e;
  }
  return m;
}
setImporter(importModule, (name) => natives.has(name) || pyLib[name] !== undefined);
numberHooks.deprecate = (message) => { call(getattr(importModule('warnings'), 'warn'), [message, DeprecationWarning]); };
truthHooks.notImplemented = () => numberHooks.deprecate('NotImplemented should not be used in a boolean context');
export function resetModules(): void { loaded.clear(); sysModules.d = null; }
interrupts.deliver = (signum) => { call(importModule('_signal').dict!.get('raise_signal'), [signum]); };

// ---------------------------------------------------------------- sys
export const sysModules: { d: PyDict | null } = { d: null };
export const sysState = {
  argv: [] as string[], exitHook: null as null | ((code: PyVal) => void), main: null as Map<string, PyVal> | null,
  /** Ends the process as the signal's default action does (the host sets it). */
  killedBy: (signum: number): void => { throw new Error(`killed by signal ${signum}`); },
};
function streamObject(stream: 'stdout' | 'stderr'): PyVal {
  const ns = new Map<string, PyVal>();
  ns.set('write', builtin('write', (args) => { nargs('write', args, 1); const s = args[0]; if (typeof s !== 'string') throw pyErr(TypeError, `write() argument must be str, not ${typeName(s)}`); io.write(stream, s); return s.length; }));
  ns.set('flush', builtin('flush', () => { io.flush(stream); return None; }));
  ns.set('isatty', builtin('isatty', () => false));
  ns.set('name', `<${stream}>`);
  return new PyModule(`<${stream}>`, ns);
}
/** sys.stdin: a text stream over the host's stdin (io.readLine/readAll), with the pieces a line
 * read with a size limit leaves over. */
class PyStdin extends PyObject {
  rest = '';
  constructor() { super(stdinType, null); }
  line(): string {
    if (this.rest === '') return io.readLine();
    const nl = this.rest.indexOf('\n');
    if (nl >= 0) { const l = this.rest.slice(0, nl + 1); this.rest = this.rest.slice(nl + 1); return l; }
    const l = this.rest + io.readLine();
    this.rest = '';
    return l;
  }
}
const stdinType = makeType('TextIOWrapper', [objectType], false);
stdinType.module = '_io';
stdinType.tpName = '_io.TextIOWrapper';
/** A size argument: None or a negative int mean no limit. */
function sizeArg(name: string, args: PyVal[]): number {
  nargs(name, args, 0, 1);
  if (args.length === 0 || args[0] === None) return -1;
  return Number(asInt(args[0]));
}
method(stdinType, 'readline', (self, args) => {
  const n = sizeArg('readline', args), st = self as PyStdin;
  const l = st.line();
  if (n < 0 || l.length <= n) return l;
  st.rest = l.slice(n) + st.rest;
  return l.slice(0, n);
});
method(stdinType, 'read', (self, args) => {
  const n = sizeArg('read', args), st = self as PyStdin;
  if (n < 0) { const all = st.rest + io.readAll(); st.rest = ''; return all; }
  let out = '';
  while (out.length < n) { const l = st.line(); if (l === '') break; out += l; }
  st.rest = out.slice(n) + st.rest;
  return out.slice(0, n);
});
method(stdinType, 'readlines', (self) => {
  const out: PyVal[] = [];
  for (let l = (self as PyStdin).line(); l !== ''; l = (self as PyStdin).line()) out.push(l);
  return new PyList(out);
});
method(stdinType, '__iter__', (self) => self);
method(stdinType, '__next__', (self) => {
  const l = (self as PyStdin).line();
  if (l === '') throw newExc(StopIteration, []);
  return l;
});
method(stdinType, '__enter__', (self) => self);
method(stdinType, '__exit__', () => None);
for (const [name, v] of [['isatty', false], ['readable', true], ['writable', false], ['seekable', false], ['fileno', 0]] as const) method(stdinType, name, () => v);
method(stdinType, 'close', () => None);
getter(stdinType, 'closed', () => false);
getter(stdinType, 'name', () => '<stdin>');
getter(stdinType, 'mode', () => 'r');
getter(stdinType, 'encoding', () => 'utf-8');
method(stdinType, '__repr__', () => "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>");

/** A named structure sequence type (a tuple subclass with field names), as sys.version_info; extra fields are attributes only. */
function structSeqType(name: string, module: string, fields: string[], extra: string[] = []): { type: PyType; make: (values: PyVal[], more?: PyVal[]) => PyTuple } {
  const t = makeType(name, [tupleType]);
  t.module = module;
  t.qualname = name;
  const extras = new WeakMap<PyTuple, PyVal[]>();
  fields.forEach((f, i) => getter(t, f, (self) => (self as PyTuple).items[i]));
  extra.forEach((f, i) => getter(t, f, (self) => extras.get(self as PyTuple)?.[i] ?? None));
  method(t, '__repr__', (self) => `${module}.${name}(${fields.map((f, i) => `${f}=${repr((self as PyTuple).items[i])}`).join(', ')})`);
  getter(t, 'n_fields', () => fields.length + extra.length);
  getter(t, 'n_sequence_fields', () => fields.length);
  return { type: t, make: (values, more) => { const v = new PyTuple(values, t); if (more) extras.set(v, more); return v; } };
}
function structSeq(name: string, module: string, fields: string[], values: PyVal[]): PyTuple {
  return structSeqType(name, module, fields).make(values);
}
natives.set('sys', (m, def) => {
  m.set('argv', new PyList(sysState.argv.slice()));
  m.set('stdout', stdStreams.stdout = streamObject('stdout'));
  stdStreams.sys = m;
  m.set('stderr', streamObject('stderr'));
  m.set('stdin', new PyStdin());
  m.set('version_info', structSeq('version_info', 'sys', ['major', 'minor', 'micro', 'releaselevel', 'serial'], [3, 11, 7, 'final', 0]));
  m.set('version', '3.11.7 (yieldpoint)');
  m.set('platform', 'linux');
  m.set('maxsize', 9223372036854775807n);
  m.set('byteorder', 'little');
  m.set('maxunicode', 0x10ffff);
  m.set('float_info', structSeq('float_info', 'sys', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'],
    [F(Number.MAX_VALUE), 1024, 308, F(2.2250738585072014e-308), -1021, -307, 15, 53, F(Number.EPSILON), 2, 1]));
  m.set('int_info', structSeq('int_info', 'sys', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'], [30, 4, 4300, 640]));
  m.set('hash_info', structSeq('hash_info', 'sys', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'],
    [64, 2305843009213693951n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]));
  m.set('float_repr_style', 'short');
  m.set('implementation', None);
  // sys.modules: the modules imported so far, and the program as __main__ (later imports are added).
  const mods = new PyDict();
  if (sysState.main) mods.set('__main__', new PyModule('__main__', sysState.main));
  for (const [k, v] of loaded) mods.set(k, v);
  sysModules.d = mods;
  m.set('modules', mods);
  def('exit', (args) => { nargs('exit', args, 0, 1); throw args.length ? newExc(SystemExit, args[0]) : newExc(SystemExit); });
  def('getrecursionlimit', () => recursion.limit());
  def('setrecursionlimit', (args) => { const n = Number(asInt(args[0])); if (n < 1) throw pyErr(ValueError, 'recursion limit must be greater or equal than 1'); recursion.set(n); return None; });
  def('getsizeof', (args) => 64 + 8 * (() => { try { return lenOf(args[0]); } catch { return 0; } })());
  def('intern', (args) => args[0]);
  def('get_int_max_str_digits', () => I.maxStrDigits.v);
  def('set_int_max_str_digits', (args, kw) => {
    const [n] = params('set_int_max_str_digits', args, kw, ['maxdigits']);
    const v = asInt(n);
    if (v === undefined) throw pyErr(TypeError, `'${typeName(n)}' object cannot be interpreted as an integer`);
    if (v !== 0 && v < 640) throw pyErr(ValueError, 'maxdigits must be 0 or larger than 640');
    I.maxStrDigits.v = Number(v);
    return None;
  });
  def('exc_info', () => { const e = activeException(); return e ? tuple([typeOf(e), e, getattr(e, '__traceback__')]) : tuple([None, None, None]); });
  def('exception', () => activeException() ?? None);
  def('_getframe', (args) => {
    nargs('_getframe', args, 0, 1);
    let depth = args.length ? Number(int(args[0], '_getframe')) : 0;
    let f = state.cur;
    while (f && depth-- > 0) f = f.back;
    if (!f) throw pyErr(ValueError, 'call stack is not deep enough');
    return frameObjectHook.fn(f);
  });
});
export const recursion = { limit: () => 1000, set: (_n: number) => undefined as void };

// ---------------------------------------------------------------- math
const F = (x: number) => new PyFloat(x);
function num(v: PyVal, fname = 'must be real number'): number {
  const n = asNumber(v);
  if (n !== undefined) return n;
  const f = callSpecial(v, '__float__', []);
  if (f instanceof PyFloat) return f.v;
  throw pyErr(TypeError, `${fname}, not ${typeName(v)}`);
}
function int(v: PyVal, fname: string): I.Int {
  const i = asInt(v);
  if (i === undefined) {
    if (v instanceof PyFloat) throw pyErr(TypeError, `'float' object cannot be interpreted as an integer`);
    const ix = callSpecial(v, '__index__', []);
    if (ix !== undefined) return ix;
    throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  void fname;
  return i;
}
/** CPython's loghelper: ints too large for a float go through frexp (f(m) + e * f(2)). */
function logHelper(v: PyVal, f: (x: number) => number): number {
  const i = asInt(v);
  if (i !== undefined && typeof i === 'bigint' && !isFinite(Number(i))) {
    domain(i > 0n);
    const len = i.toString(2).length;
    let shift = len - 53;
    let q = i >> BigInt(shift);
    const rem = i - (q << BigInt(shift)), half = 1n << BigInt(shift - 1);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
    if (q === 1n << 53n) { q >>= 1n; shift++; }
    const m = Number(q) / 2 ** 53, e = shift + 53;
    return f(m) + e * f(2);
  }
  if (i !== undefined && typeof i === 'bigint') { domain(i > 0n); return f(Number(i)); }
  const x = num(v); domain(!(x <= 0)); return f(x);
}
function domain(ok: boolean): void { if (!ok) throw pyErr(ValueError, 'math domain error'); }
function checkRange(x: number): number { if (!isFinite(x)) throw pyErr(OverflowError, 'math range error'); return x; }
const f64 = new DataView(new ArrayBuffer(8));
/** frexp: x = m * 2**e with 0.5 <= |m| < 1, exact (subnormals included). */
function frexpNum(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let shift = 0;
  if (Math.abs(x) < 2 ** -1022) { x *= 2 ** 64; shift = 64; }
  f64.setFloat64(0, x);
  const hi = f64.getUint32(0);
  const e = ((hi >>> 20) & 0x7ff) - 1022;
  f64.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [f64.getFloat64(0), e - shift];
}
/** ldexp: x * 2**n rounded once (musl's scalbn). */
function ldexpNum(x: number, n: number): number {
  let y = x;
  if (n > 1023) { y *= 2 ** 1023; n -= 1023; if (n > 1023) { y *= 2 ** 1023; n -= 1023; if (n > 1023) n = 1023; } }
  else if (n < -1022) { y *= 2 ** -969; n += 969; if (n < -1022) { y *= 2 ** -969; n += 969; if (n < -1022) n = -1022; } }
  return y * 2 ** n;
}
/** The adjacent float after x in the direction of y (C's nextafter). */
function nextafterNum(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  f64.setFloat64(0, x);
  let bits = f64.getBigUint64(0);
  bits += (y > x) === (x > 0) ? 1n : -1n;
  f64.setBigUint64(0, bits);
  return f64.getFloat64(0);
}
/** glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c), so results match CPython's bit for bit. */
function cbrtNum(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexpNum(Math.abs(x));
  const CBRT2 = 1.2599210498948731648, SQR_CBRT2 = 1.5874010519681994748;
  const factor = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
  const u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430 + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
  const t2 = u * u * u;
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor[2 + (xe % 3)];
  return ldexpNum(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}
natives.set('math', (m, def) => {
  m.set('pi', F(Math.PI)); m.set('e', F(Math.E)); m.set('tau', F(2 * Math.PI));
  m.set('inf', F(Infinity)); m.set('nan', F(NaN));
  // math_1: a NaN result from a non-NaN argument is a domain error; an infinite one from a finite
  // argument is an overflow where the function can overflow, a domain error (a pole) otherwise.
  const f1 = (name: string, f: (x: number) => number, canOverflow = false) =>
    def(name, (args) => {
      nargs(name, args, 1);
      const x = num(args[0]), r = f(x);
      if (r !== r && x === x) domain(false);
      if (!isFinite(r) && isFinite(x)) throw pyErr(canOverflow ? OverflowError : ValueError, canOverflow ? 'math range error' : 'math domain error');
      return F(r);
    });
  // math_1a: the function reports its own errors (m_tgamma, m_lgamma, erf, erfc).
  const f1a = (name: string, f: (x: number) => number) =>
    def(name, (args) => { nargs(name, args, 1); return F(f(num(args[0]))); });
  f1('sqrt', Math.sqrt);
  f1('exp', libm.exp, true);
  f1('exp2', libm.exp2, true);
  f1('expm1', Math.expm1, true);
  f1('sin', libm.sin); f1('cos', libm.cos); f1('tan', libm.tan);
  f1('asin', libm.asin); f1('acos', libm.acos); f1('atan', (x) => (isFinite(x) ? libm.atan2(x, 1) : Math.atan(x)));
  f1('sinh', sinhNum, true); f1('cosh', coshNum, true); f1('tanh', Math.tanh);
  f1('asinh', asinhNum); f1('acosh', acoshNum); f1('atanh', Math.atanh);
  f1('log1p', Math.log1p);
  // log2/log10 of ints beyond float range work from the int's bits, as CPython's loghelper does.
  const bigLog = (name: string, f: (x: number) => number) => def(name, (args) => {
    nargs(name, args, 1);
    return F(logHelper(args[0], f));
  });
  bigLog('log2', libm.log2);
  bigLog('log10', log10Num);
  f1('fabs', Math.abs);
  def('degrees', (args) => { nargs('degrees', args, 1); return F(num(args[0]) * (180 / Math.PI)); });
  def('radians', (args) => { nargs('radians', args, 1); return F(num(args[0]) * (Math.PI / 180)); });
  f1a('erf', erf);
  f1a('erfc', erfc);
  f1a('gamma', tgamma); f1a('lgamma', lgamma);
  def('log', (args) => {
    nargs('log', args, 1, 2);
    const lg = (v: PyVal) => logHelper(v, libm.log);
    if (args.length === 1) return F(lg(args[0]));
    const n = lg(args[0]), d = lg(args[1]);
    if (d === 0) throw pyErr(ZeroDivisionError, 'float division by zero');
    return F(n / d);
  });
  def('pow', (args) => { nargs('pow', args, 2); return F(mathPow(num(args[0]), num(args[1]))); });
  def('atan2', (args) => { nargs('atan2', args, 2); return F(atan2Num(num(args[0]), num(args[1]))); });
  def('hypot', (args) => {
    let max = 0, nan = false;
    const v = args.map((a) => { const x = Math.abs(num(a)); if (x !== x) nan = true; if (x > max) max = x; return x; });
    return F(vectorNorm(v, max, nan));
  });
  def('dist', (args) => {
    nargs('dist', args, 2);
    const p = toArray(args[0]), q = toArray(args[1]);
    if (p.length !== q.length) throw pyErr(ValueError, 'both points must have the same number of dimensions');
    let max = 0, nan = false;
    const v = p.map((a, i) => { const x = Math.abs(num(a) - num(q[i])); if (x !== x) nan = true; if (x > max) max = x; return x; });
    return F(vectorNorm(v, max, nan));
  });
  def('copysign', (args) => { nargs('copysign', args, 2); const x = Math.abs(num(args[0])), y = num(args[1]); return F(y < 0 || Object.is(y, -0) ? -x : x); });
  // math_2: NaN from non-NaN arguments is a domain error, infinity from finite ones an overflow.
  const f2 = (name: string, f: (x: number, y: number) => number) => def(name, (args) => {
    nargs(name, args, 2);
    const x = num(args[0]), y = num(args[1]), r = f(x, y);
    if (r !== r) { if (x === x && y === y) domain(false); } else if (!isFinite(r) && isFinite(x) && isFinite(y)) throw pyErr(OverflowError, 'math range error');
    return F(r);
  });
  f2('fmod', (x, y) => (isFinite(y) && isFinite(x) ? x % y : y !== y ? y : x !== x ? x : !isFinite(x) ? NaN : x));
  f2('remainder', remainderNum);
  def('isnan', (args) => { nargs('isnan', args, 1); const x = num(args[0]); return x !== x; });
  def('isinf', (args) => { nargs('isinf', args, 1); const x = num(args[0]); return x === Infinity || x === -Infinity; });
  def('isfinite', (args) => { nargs('isfinite', args, 1); return isFinite(num(args[0])); });
  def('isclose', (args, kw) => {
    const [a, b, rt, at] = params('isclose', args, kw, ['a', 'b', 'rel_tol', 'abs_tol'], 2);
    const x = num(a), y = num(b), rel = rt === undefined ? 1e-9 : num(rt), abs = at === undefined ? 0 : num(at);
    if (rel < 0 || abs < 0) throw pyErr(ValueError, 'tolerances must be non-negative');
    if (x === y) return true;
    if (!isFinite(x) || !isFinite(y)) return false;
    const d = Math.abs(y - x);
    return d <= Math.abs(rel * y) || d <= Math.abs(rel * x) || d <= abs;
  });
  const toIntFn = (name: string, f: (x: number) => number, dunder: string) => def(name, (args) => {
    nargs(name, args, 1);
    const v = args[0];
    const i = asInt(v);
    if (i !== undefined) return i;
    if (!(v instanceof PyFloat)) {
      const r = callSpecial(v, dunder, []);
      if (r !== undefined) return r;
      if (dunder === '__trunc__') throw pyErr(TypeError, `type ${typeName(v)} doesn't define __trunc__ method`);
    }
    return floatToInt(f(num(v)));
  });
  toIntFn('floor', Math.floor, '__floor__');
  toIntFn('ceil', Math.ceil, '__ceil__');
  toIntFn('trunc', Math.trunc, '__trunc__');
  def('modf', (args) => { nargs('modf', args, 1); const x = num(args[0]); if (x !== x) return tuple([F(x), F(x)]); const ip = Math.trunc(x); return tuple([F(isFinite(x) ? (x - ip) || (x < 0 || Object.is(x, -0) ? -0 : 0) : (x < 0 ? -0 : 0)), F(ip)]); });
  def('frexp', (args) => { nargs('frexp', args, 1); const [mm, e] = frexpNum(num(args[0])); return tuple([F(mm), e]); });
  def('ldexp', (args) => {
    nargs('ldexp', args, 2);
    const x = num(args[0]);
    if (asInt(args[1]) === undefined) throw pyErr(TypeError, 'Expected an int as second argument to ldexp.');
    const n = int(args[1], 'ldexp');
    if (x === 0 || !Number.isFinite(x)) return F(x);
    const r = ldexpNum(x, n > 4000 ? 4000 : n < -4000 ? -4000 : Number(n));
    if (!Number.isFinite(r)) throw pyErr(OverflowError, 'math range error');
    return F(r);
  });
  f1('cbrt', cbrtNum);
  def('nextafter', (args) => { nargs('nextafter', args, 2); return F(nextafterNum(num(args[0]), num(args[1]))); });
  def('ulp', (args) => {
    nargs('ulp', args, 1);
    let x = num(args[0]);
    if (Number.isNaN(x)) return F(x);
    x = Math.abs(x);
    if (x === Infinity) return F(x);
    const x2 = nextafterNum(x, Infinity);
    return F(x2 === Infinity ? x - nextafterNum(x, -Infinity) : x2 - x);
  });
  def('factorial', (args) => {
    nargs('factorial', args, 1);
    if (args[0] instanceof PyFloat) throw pyErr(TypeError, "'float' object cannot be interpreted as an integer");
    const n = int(args[0], 'factorial');
    if (I.sign(n) < 0) throw pyErr(ValueError, 'factorial() not defined for negative values');
    if (I.big(n) > 9223372036854775807n) throw pyErr(OverflowError, 'factorial() argument should not exceed 9223372036854775807');
    let r = 1n;
    for (let i = 2n; i <= I.big(n); i++) r *= i;
    return I.norm(r);
  });
  def('gcd', (args) => { let g = 0n; for (const a of args) { let x = I.big(int(a, 'gcd')); if (x < 0n) x = -x; let y = g; while (x) [y, x] = [x, y % x]; g = y; } return I.norm(g); });
  def('lcm', (args) => { let l = 1n; for (const a of args) { let x = I.big(int(a, 'lcm')); if (x < 0n) x = -x; if (x === 0n) return 0; let g = l, y = x; while (y) [g, y] = [y, g % y]; l = (l / g) * x; } return I.norm(l); });
  def('isqrt', (args) => {
    const n = I.big(int(args[0], 'isqrt'));
    if (n < 0n) throw pyErr(ValueError, 'isqrt() argument must be nonnegative');
    if (n < 2n) return I.norm(n);
    // Newton's iteration from a power of two at or above the root decreases to it.
    let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
    for (let y = (x + n / x) >> 1n; y < x; y = (x + n / x) >> 1n) x = y;
    return I.norm(x);
  });
  def('comb', (args) => {
    nargs('comb', args, 2);
    const n = I.big(int(args[0], 'comb')), k = I.big(int(args[1], 'comb'));
    if (n < 0n) throw pyErr(ValueError, 'n must be a non-negative integer');
    if (k < 0n) throw pyErr(ValueError, 'k must be a non-negative integer');
    if (k > n) return 0;
    let r = 1n; const kk = k < n - k ? k : n - k;
    for (let i = 1n; i <= kk; i++) r = (r * (n - kk + i)) / i;
    return I.norm(r);
  });
  def('perm', (args) => {
    nargs('perm', args, 1, 2);
    const n = I.big(int(args[0], 'perm'));
    const k = args.length > 1 && args[1] !== None ? I.big(int(args[1], 'perm')) : n;
    if (n < 0n) throw pyErr(ValueError, 'n must be a non-negative integer');
    if (k < 0n) throw pyErr(ValueError, 'k must be a non-negative integer');
    if (k > n) return 0;
    let r = 1n;
    for (let i = 0n; i < k; i++) r *= n - i;
    return I.norm(r);
  });
  def('prod', (args, kw) => {
    const [it, start] = params('prod', args, kw, ['iterable', 'start'], 1);
    let acc: PyVal = start === undefined ? 1 : start;
    for (const v of toArray(it)) acc = mulHook(acc, v);
    return acc;
  });
  def('fsum', (args) => F(fsum(toArray(args[0]).map((a) => num(a)))));
});
let mulHook: (a: PyVal, b: PyVal) => PyVal = (a) => a;
let addHook: (a: PyVal, b: PyVal) => PyVal = (a) => a;
export function setArith(mul: (a: PyVal, b: PyVal) => PyVal, add: (a: PyVal, b: PyVal) => PyVal): void { mulHook = mul; addHook = add; }

function fsum(xs: number[]): number {
  // Shewchuk's exact summation, as CPython's math.fsum.
  let partials: number[] = [];
  let special = 0, infSum = 0;
  for (let x of xs) {
    const xsave = x;
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0) {
      if (!isFinite(x)) {
        // A non-finite x: intermediate overflow, or an inf or nan among the summands.
        if (isFinite(xsave)) throw pyErr(OverflowError, 'intermediate overflow in fsum');
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        special += xsave;
        partials = [];
      } else partials.push(x);
    }
  }
  if (special !== 0 || special !== special) {
    if (infSum !== infSum) throw pyErr(ValueError, '-inf + inf in fsum');
    return special;
  }
  let n = partials.length, hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi; const y = partials[--n];
      hi = x + y; const yr = hi - x; lo = y - yr;
      if (lo) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2; const x = hi + y; const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}
// erf and erfc as glibc's (sysdeps/ieee754/dbl-64/s_erf.c: fdlibm's, with its polynomial order), which CPython calls.
const ERX = 8.45062911510467529297e-01, EFX = 1.28379167095512586316e-01;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const SB = [0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];
function highWord(x: number): number { f64.setFloat64(0, x); return f64.getInt32(0); }
function erfSmallRatio(x: number): number {
  const z = x * x, z2 = z * z, z4 = z2 * z2;
  const r = (PP[0] + z * PP[1]) + z2 * (PP[2] + z * PP[3]) + z4 * PP[4];
  const s = (1 + z * QQ[1]) + z2 * (QQ[2] + z * QQ[3]) + z4 * (QQ[4] + z * QQ[5]);
  return r / s;
}
function erfMidPQ(ax: number): number {
  const s = ax - 1, s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
  const P = (PA[0] + s * PA[1]) + s2 * (PA[2] + s * PA[3]) + s4 * (PA[4] + s * PA[5]) + s6 * PA[6];
  const Q = (1 + s * QA[1]) + s2 * (QA[2] + s * QA[3]) + s4 * (QA[4] + s * QA[5]) + s6 * QA[6];
  return P / Q;
}
/** exp(-x*x - 0.5625 + R/S) for |x| >= 1.25, the tail of both functions. */
function erfTail(ax: number, nearer: boolean): number {
  const s = 1 / (ax * ax), s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
  let R: number, S: number;
  if (nearer) {
    const s8 = s4 * s4;
    R = (RA[0] + s * RA[1]) + s2 * (RA[2] + s * RA[3]) + s4 * (RA[4] + s * RA[5]) + s6 * (RA[6] + s * RA[7]);
    S = (1 + s * SA[1]) + s2 * (SA[2] + s * SA[3]) + s4 * (SA[4] + s * SA[5]) + s6 * (SA[6] + s * SA[7]) + s8 * SA[8];
  } else {
    R = (RB[0] + s * RB[1]) + s2 * (RB[2] + s * RB[3]) + s4 * (RB[4] + s * RB[5]) + s6 * RB[6];
    S = (1 + s * SB[1]) + s2 * (SB[2] + s * SB[3]) + s4 * (SB[4] + s * SB[5]) + s6 * (SB[6] + s * SB[7]);
  }
  f64.setFloat64(0, ax); f64.setUint32(4, 0); const z = f64.getFloat64(0);
  return libm.exp(-z * z - 0.5625) * libm.exp((z - ax) * (z + ax) + R / S);
}
function erf(x: number): number {
  if (x !== x) return x;
  if (!isFinite(x)) return x > 0 ? 1 : -1;
  const hx = highWord(x), ix = hx & 0x7fffffff;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) return ix < 0x00800000 ? 0.0625 * (16.0 * x + (16.0 * EFX) * x) : x + EFX * x;
    return x + x * erfSmallRatio(x);
  }
  if (ix < 0x3ff40000) { const pq = erfMidPQ(Math.abs(x)); return hx >= 0 ? ERX + pq : -ERX - pq; }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - 1e-300 : 1e-300 - 1;
  const ax = Math.abs(x), r = erfTail(ax, ix < 0x4006DB6E);
  return hx >= 0 ? 1 - r / ax : r / ax - 1;
}
function erfc(x: number): number {
  if (x !== x) return x;
  if (!isFinite(x)) return x > 0 ? 0 : 2;
  const hx = highWord(x), ix = hx & 0x7fffffff;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = erfSmallRatio(x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    let r = x * y; r += (x - 0.5); return 0.5 - r;
  }
  if (ix < 0x3ff40000) { const pq = erfMidPQ(Math.abs(x)); return hx >= 0 ? (1 - ERX) - pq : 1 + (ERX + pq); }
  if (ix < 0x403c0000) {
    if (ix >= 0x4006DB6D && hx < 0 && ix >= 0x40180000) return 2 - 1e-300;
    const ax = Math.abs(x), r = erfTail(ax, ix < 0x4006DB6D);
    return hx > 0 ? r / ax : 2 - r / ax;
  }
  return hx > 0 ? 0 : 2 - 1e-300;
}
// glibc's log10, sinh, cosh, asinh and acosh (fdlibm's), over the libm exp and log above.
function log10Num(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return x;
  let k = 0;
  if (x < 2.2250738585072014e-308) { k = -54; x *= 18014398509481984; }
  let hx = highWord(x);
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  f64.setFloat64(0, x); f64.setInt32(0, hx); x = f64.getFloat64(0);
  const z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * libm.log(x);
  return z + y * 3.01029995663611771306e-01;
}
function coshNum(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix >= 0x7ff00000) return x * x;
  const ax = Math.abs(x);
  if (ix < 0x3fd62e43) { const t = Math.expm1(ax), w = 1 + t; if (ix < 0x3c800000) return w; return 1 + (t * t) / (w + w); }
  if (ix < 0x40360000) { const t = libm.exp(ax); return 0.5 * t + 0.5 / t; }
  if (ix < 0x40862e42) return 0.5 * libm.exp(ax);
  if (ax <= 7.10475860073943863426e+02) { const w = libm.exp(0.5 * ax), t = 0.5 * w; return t * w; }
  return Infinity;
}
function sinhNum(x: number): number {
  const hx = highWord(x), ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = hx < 0 ? -0.5 : 0.5, ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = Math.expm1(ax);
    if (ix < 0x3ff00000) return h * (2 * t - t * t / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * libm.exp(ax);
  if (ax <= 7.10475860073943863426e+02) { const w = libm.exp(0.5 * ax), t = h * w; return t * w; }
  return x * Infinity;
}
function asinhNum(x: number): number {
  const hx = highWord(x), ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000 || ix < 0x3e300000) return x + 0 === x ? x : x + x;
  const ax = Math.abs(x);
  let w: number;
  if (ix > 0x41b00000) w = libm.log(ax) + 6.93147180559945286227e-01;
  else if (ix > 0x40000000) w = libm.log(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
  else { const t = x * x; w = Math.log1p(ax + t / (1 + Math.sqrt(1 + t))); }
  return hx < 0 ? -w : w;
}
function acoshNum(x: number): number {
  if (!(x >= 1)) return NaN;
  if (x === 1) return 0;
  if (x >= 268435456) return x === Infinity ? x : libm.log(x) + 6.93147180559945286227e-01;
  if (x > 2) return libm.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2 * t + t * t));
}
/** sin(pi*x) for finite x, exact at integers and half-integers (m_sinpi). */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2, n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0: r = libm.sin(Math.PI * y); break;
    case 1: r = libm.cos(Math.PI * (y - 0.5)); break;
    case 2: r = libm.sin(Math.PI * (1 - y)); break;
    case 3: r = -libm.cos(Math.PI * (y - 1.5)); break;
    default: r = libm.sin(Math.PI * (y - 2)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}
const LANCZOS_G = 6.024680040776729583740234375, LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
function lanczosSum(x: number): number {
  let num = 0, den = 0;
  if (x < 5) for (let i = 12; i >= 0; i--) { num = num * x + LANCZOS_NUM[i]; den = den * x + LANCZOS_DEN[i]; }
  else for (let i = 0; i < 13; i++) { num = num / x + LANCZOS_NUM[i]; den = den / x + LANCZOS_DEN[i]; }
  return num / den;
}
/** CPython's m_tgamma (Lanczos, N=13), raising where it sets errno. */
function tgamma(x: number): number {
  if (!isFinite(x)) { if (x !== x || x > 0) return x; domain(false); }
  if (x === 0) domain(false);
  if (x === Math.floor(x)) {
    domain(x > 0);
    if (x <= 23) { let r = 1; for (let i = 2; i < x; i++) r *= i; return r; }
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return checkRange(1 / x);
  if (absx > 200) { if (x < 0) return 0 / sinpi(x); throw pyErr(OverflowError, 'math range error'); }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z = absx > LANCZOS_G_MINUS_HALF ? (y - absx) - LANCZOS_G_MINUS_HALF : (y - LANCZOS_G_MINUS_HALF) - absx;
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0) {
    r = -Math.PI / sinpi(absx) / absx * libm.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= powNum(y, absx - 0.5);
    else { const sp = powNum(y, absx / 2 - 0.25); r /= sp; r /= sp; }
  } else {
    r = lanczosSum(absx) / libm.exp(y);
    r += z * r;
    if (absx < 140) r *= powNum(y, absx - 0.5);
    else { const sp = powNum(y, absx / 2 - 0.25); r *= sp; r *= sp; }
  }
  return checkRange(r);
}
/** CPython's m_lgamma. */
function lgamma(x: number): number {
  if (!isFinite(x)) return x !== x ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) { domain(x > 0); return 0; }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -libm.log(absx);
  let r = libm.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libm.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = 1.144729885849400174143427351353058711647 - libm.log(Math.abs(sinpi(absx))) - libm.log(absx) - r;
  return checkRange(r);
}
/** CPython's math_pow: IEEE special cases first, then libm pow. */
function mathPow(x: number, y: number): number {
  if (!isFinite(x) || !isFinite(y)) {
    if (x !== x) return y === 0 ? 1 : x;
    if (y !== y) return x === 1 ? 1 : y;
    if (!isFinite(x)) {
      const oddY = isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? (x < 0 ? -0 : 0) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  const r = x === 1 ? 1 : powNum(x, y);
  if (r !== r) domain(false);
  if (!isFinite(r)) { domain(x !== 0); throw pyErr(OverflowError, 'math range error'); }
  return r;
}
/** CPython's m_atan2: the special values handled directly. */
function atan2Num(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  const sgn = (v: number, s: number) => (s < 0 || Object.is(s, -0) ? -v : v);
  const xPos = !(x < 0 || Object.is(x, -0));
  if (!isFinite(y)) {
    if (!isFinite(x)) return sgn(xPos ? 0.25 * Math.PI : 0.75 * Math.PI, y);
    return sgn(0.5 * Math.PI, y);
  }
  if (!isFinite(x) || y === 0) return sgn(xPos ? 0 : Math.PI, y);
  return libm.atan2(y, x);
}
/** CPython's m_remainder: x - n*y for the nearest n (ties to even), exact. */
function remainderNum(x: number, y: number): number {
  if (isFinite(x) && isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x), absy = Math.abs(y), m = absx % absy, c = absy - m;
    const r = m < c ? m : m > c ? -c : m - 2 * ((0.5 * (absx - m)) % absy);
    return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (!isFinite(x)) return NaN;
  return x;
}
/** The exact product a*b as hi + lo (Dekker). */
function twoProd(a: number, b: number): [number, number] {
  const p = a * b;
  const sa = 134217729 * a, ah = sa - (sa - a), al = a - ah;
  const sb = 134217729 * b, bh = sb - (sb - b), bl = b - bh;
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}
/** CPython's vector_norm (hypot, dist): scaled, compensated sum of squares with a corrected sqrt. */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const maxE = frexpNum(max)[1];
  if (maxE < -1023) return 2.2250738585072014e-308 * vectorNorm(vec.map((v) => v / 2.2250738585072014e-308), max / 2.2250738585072014e-308, false);
  const scale = ldexpNum(1, -maxE);
  let csum = 1, frac1 = 0, frac2 = 0;
  const step = (hi: number, lo: number) => { const s = csum + hi; frac2 += (csum - s) + hi; csum = s; frac1 += lo; };
  for (const v of vec) { const x = v * scale; const [hi, lo] = twoProd(x, x); step(hi, lo); }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  const [phi, plo] = twoProd(-h, h);
  step(phi, plo);
  const x = csum - 1 + (frac1 + frac2);
  h += x / (2 * h);
  return h / scale;
}

// ---------------------------------------------------------------- time
natives.set('_yieldpoint', (m, def) => {
  defineYieldpointModule(m, def);
  // For _signal: a signal's default action, and the frame its handler is given (the program's
  // innermost, past the library's own frames).
  def('die_by_signal', (args) => { sysState.killedBy(Number(asInt(args[0]))); return None; });
  def('caller_frame', () => {
    let f = state.cur;
    while (f !== null && f.code.filename.startsWith('<yieldpoint:')) f = f.back;
    return f === null ? None : frameObjectHook.fn(f);
  });
  // The argument checks of C functions (Python/getargs.c), for library classes written in Python.
  // check_positional(name, args, min, max): _PyArg_CheckPositional; max None for no limit.
  def('check_positional', (args) => {
    const [name, t, min, max] = args as [string, PyTuple, number, PyVal];
    const n = t.items.length;
    const hi = max === None ? Infinity : (max as number);
    if (n < min) throw pyErr(TypeError, `${name} expected ${min === hi ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
    if (n > hi) throw pyErr(TypeError, `${name} expected ${min === hi ? '' : 'at most '}${hi} argument${hi === 1 ? '' : 's'}, got ${n}`);
    return t;
  });
  // no_keywords(name, kwargs): _PyArg_NoKeywords.
  def('no_keywords', (args) => {
    const kw = args[1];
    if (kw instanceof PyDict && kw.t.liveKeys().length) throw pyErr(TypeError, `${args[0]}() takes no keyword arguments`);
    return None;
  });
  // unpack_keywords(fname, args, kwargs, names, minpos, maxpos): _PyArg_UnpackKeywords for
  // parameters `names` (those after maxpos keyword-only); missing optional ones are None.
  def('unpack_keywords', (args) => {
    const [fname, t, kw, namesT, minpos, maxpos] = args as [string, PyTuple, PyDict, PyTuple, number, number];
    const names = namesT.items as string[];
    const nargs = t.items.length;
    const kwargs = new Map<string, PyVal>();
    const keys = kw.t.liveKeys(), vals = kw.t.liveVals();
    keys.forEach((k, i) => kwargs.set(k as string, vals[i]));
    const maxargs = names.length;
    if (nargs + kwargs.size > maxargs) {
      throw pyErr(TypeError, `${fname}() takes at most ${maxargs} ${nargs === 0 ? 'keyword ' : ''}argument${maxargs === 1 ? '' : 's'} (${nargs + kwargs.size} given)`);
    }
    if (nargs > maxpos) {
      throw pyErr(TypeError, maxpos === 0 ? `${fname}() takes no positional arguments`
        : `${fname}() takes ${minpos < maxpos ? 'at most' : 'exactly'} ${maxpos} positional argument${maxpos === 1 ? '' : 's'} (${nargs} given)`);
    }
    const out: PyVal[] = t.items.slice();
    let left = kwargs.size;
    for (let i = nargs; i < maxargs; i++) {
      const v = kwargs.get(names[i]);
      if (v !== undefined) { out.push(v); left--; continue; }
      if (i < minpos) throw pyErr(TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      out.push(None);
    }
    if (left > 0) {
      for (let i = 0; i < nargs; i++) {
        if (kwargs.has(names[i])) throw pyErr(TypeError, `argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
      }
      for (const k of kwargs.keys()) if (!names.includes(k)) throw pyErr(TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
    }
    return new PyList(out);
  });
  // Py_ReprEnter / Py_ReprLeave, for library reprs written in Python (the guard the native
  // containers use, so a C-level recursion check in CPython sees the same objects).
  def('repr_enter', (args) => reprEnter(args[0]));
  def('repr_leave', (args) => { reprLeave(args[0]); return None; });
  // types.coroutine on a generator function: sets CO_ITERABLE_COROUTINE on its code.
  def('set_iterable_coroutine', (args) => { (args[0] as PyFunction).code.iterableCoroutine = true; return None; });
  // inspect's getgeneratorlocals/getcoroutinelocals (frame.f_locals of a running or suspended
  // frame): every statement snapshots its frame's locals, as under the debugger.
  def('keep_locals', () => { T.armed = true; T.record = true; return None; });
  // sys._getframe(depth) as seen from the Python function calling this one.
  def('getframe', (args) => {
    let f: Frame | null = state.cur;
    for (let n = Number(args[0] ?? 0); f && n > 0; n--) f = f.back;
    if (!f) throw pyErr(ValueError, 'call stack is not deep enough');
    return frameObjectHook.fn(f);
  });
  // sys.modules[name].__dict__ (typing.get_type_hints resolves a class's annotations there).
  def('module_globals', (args) => {
    const g = args[0] === '__main__' ? sysState.main : loaded.get(String(args[0]))?.dict;
    return g ? globalsDict(g) : None;
  });
});
natives.set('_asyncio', defineAsyncioModule);
natives.set('_collections', (m, def) => {
  m.set('deque', dequeType);
  // OrderedDict's keys()/values()/items() views and its forward and reverse iterators
  def('odict_view', (args) => { const k = args[1] as 'keys' | 'values' | 'items'; return new DictView(args[0] as PyDict, k, odictViewTypes[k]); });
  def('odict_iter', (args) => odictIter(args[0] as PyDict, 'keys', truthy(args[1])));
});
// The parsers behind string.Formatter.
natives.set('_string', (_m, def) => {
  def('formatter_parser', (args) => {
    nargs('formatter_parser', args, 1);
    if (typeof args[0] !== 'string') throw pyErr(TypeError, `expected str, got ${typeName(args[0])}`);
    const out: PyVal[] = [];
    let lit = '';
    let error: FormatError | null = null;
    for (const p of formatTemplateParts(args[0] as string, true)) {
      if ('error' in p) { error = p.error; break; }
      if ('literal' in p) {
        if (lit) out.push(tuple([lit, None, None, None]));
        lit = p.literal;
        // a literal ending in an escaped brace is an item of its own, never a field's prefix
        if (p.escaped) { out.push(tuple([lit, None, None, None])); lit = ''; }
      } else {
        out.push(tuple([lit, p.field, p.spec, p.conversion ?? None]));
        lit = '';
      }
    }
    if (lit && !error) out.push(tuple([lit, None, None, None]));
    // the items before a malformed piece come out before its error is raised
    let k = 0;
    return new PyIter(() => {
      if (k < out.length) return out[k++];
      if (error) { const e = error; error = null; fmtCatch(() => { throw e; }); }
      return STOP;
    });
  });
  def('formatter_field_name_split', (args) => {
    nargs('formatter_field_name_split', args, 1);
    if (typeof args[0] !== 'string') throw pyErr(TypeError, `expected str, got ${typeName(args[0])}`);
    const f = fmtCatch(() => parseFieldName(args[0] as string));
    const rest = f.rest.map((r) => ('attr' in r ? tuple([true, r.attr]) : tuple([false, r.index])));
    return tuple([f.first, iter(new PyList(rest))]);
  });
});
natives.set('_contextvars', defineContextvarsModule);
natives.set('contextvars', defineContextvarsModule);
natives.set('time', (m, def) => {
  def('time', () => F(clock.start + clock.now()));
  def('time_ns', () => I.norm(BigInt(Math.round((clock.start + clock.now()) * 1e6)) * 1000n));
  def('monotonic', () => F(clock.now()));
  def('monotonic_ns', () => I.norm(BigInt(Math.round(clock.now() * 1e9))));
  def('perf_counter', () => F(clock.now()));
  def('perf_counter_ns', () => I.norm(BigInt(Math.round(clock.now() * 1e9))));
  def('process_time', () => F(performance.now() / 1000));
  def('process_time_ns', () => I.norm(BigInt(Math.round(performance.now() * 1e6))));
  def('thread_time', () => F(performance.now() / 1000));
  def('thread_time_ns', () => I.norm(BigInt(Math.round(performance.now() * 1e6))));
  def('sleep', (args) => {
    nargs('sleep', args, 1);
    const s = num(args[0], "'" + typeName(args[0]) + "' object cannot be interpreted as an integer");
    if (s < 0) throw pyErr(ValueError, 'sleep length must be non-negative');
    // Other threads run while this one sleeps (threads.ts).
    runJobsBeforeSleep();
    clock.sleep(s);
    return None;
  });
  const structTime = structSeqType('struct_time', 'time', ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'], ['tm_zone', 'tm_gmtoff']);
  m.set('struct_time', structTime.type);
  /** A struct_time for the instant secs (now if absent/None), in UTC or local time. */
  const toStruct = (fname: string, args: PyVal[], utc: boolean): PyVal => {
    nargs(fname, args, 0, 1);
    const secs = args.length && args[0] !== None ? num(args[0], `'${typeName(args[0])}' object cannot be interpreted as an integer`) : clock.start + clock.now();
    if (!Number.isFinite(secs)) throw pyErr(args.length && Number.isNaN(secs) ? ValueError : OverflowError, Number.isNaN(secs) ? 'Invalid value NaN (not a number)' : 'timestamp out of range for platform time_t');
    const d = new Date(Math.floor(secs) * 1000);
    if (Number.isNaN(d.getTime())) throw pyErr(OverflowError, 'timestamp out of range for platform time_t');
    const f = utc ? { y: d.getUTCFullYear(), mo: d.getUTCMonth(), da: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(), wd: d.getUTCDay() }
      : { y: d.getFullYear(), mo: d.getMonth(), da: d.getDate(), h: d.getHours(), mi: d.getMinutes(), s: d.getSeconds(), wd: d.getDay() };
    const yday = Math.round((Date.UTC(f.y, f.mo, f.da) - Date.UTC(f.y, 0, 1)) / 864e5) + 1;
    const off = utc ? 0 : -d.getTimezoneOffset() * 60;
    const zone = utc ? 'GMT' : (new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d).find((p) => p.type === 'timeZoneName')?.value ?? 'UTC');
    return structTime.make([f.y, f.mo + 1, f.da, f.h, f.mi, f.s, (f.wd + 6) % 7, yday, 0], [zone, off]);
  };
  def('localtime', (args) => toStruct('localtime', args, false));
  // init_timezone: the offsets (seconds west of UTC) and names of the local zone in January and July.
  {
    const y = new Date(clock.start * 1000).getFullYear();
    const zoneAt = (d: Date): [number, string] => [d.getTimezoneOffset() * 60,
      new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d).find((p) => p.type === 'timeZoneName')?.value ?? 'UTC'];
    const [jan, janName] = zoneAt(new Date(y, 0, 1)), [jul, julName] = zoneAt(new Date(y, 6, 1));
    const north = jan >= jul;
    m.set('timezone', north ? jan : jul);
    m.set('altzone', north ? jul : jan);
    m.set('daylight', jan !== jul ? 1 : 0);
    m.set('tzname', tuple(north ? [janName, julName] : [julName, janName]));
  }
  def('gmtime', (args) => toStruct('gmtime', args, true));
  /** The nine fields of a time tuple (now, local, when absent). */
  const fields = (fname: string, args: PyVal[], at: number): number[] => {
    const t = args.length > at && args[at] !== None ? args[at] : toStruct(fname, [], false);
    if (!(t instanceof PyTuple)) throw pyErr(TypeError, 'Tuple or struct_time argument required');
    if (t.items.length !== 9) throw pyErr(TypeError, `${fname}(): illegal time tuple argument`);
    return t.items.map((v) => Number(int(v, fname)));
  };
  const dateOf = (f: number[]) => { const d = new Date(2000, 0, 1); d.setFullYear(f[0], f[1] - 1, f[2]); d.setHours(f[3], f[4], f[5], 0); return d; };
  def('strftime', (args) => {
    nargs('strftime', args, 1, 2);
    if (typeof args[0] !== 'string') throw pyErr(TypeError, `strftime() argument 1 must be str, not ${typeName(args[0])}`);
    const f = fields('strftime', args, 1);
    if (f[1] < 0 || f[1] > 12) throw pyErr(ValueError, 'month out of range');
    if (f[2] < 0 || f[2] > 31) throw pyErr(ValueError, 'day of month out of range');
    if (f[3] < 0 || f[3] > 23) throw pyErr(ValueError, 'hour out of range');
    if (f[4] < 0 || f[4] > 59) throw pyErr(ValueError, 'minute out of range');
    if (f[5] < 0 || f[5] > 61) throw pyErr(ValueError, 'seconds out of range');
    if (f[6] < -1 || f[6] > 6 && args.length > 1) { if (f[6] < 0) throw pyErr(ValueError, 'day of week out of range'); }
    if (f[7] < 0 || f[7] > 366) throw pyErr(ValueError, 'day of year out of range');
    return strftime(args[0], f);
  });
  def('mktime', (args) => { nargs('mktime', args, 1); return F(dateOf(fields('mktime', args, 0)).getTime() / 1000); });
  const asc = (f: number[]) => strftime('%a %b %d %H:%M:%S %Y', f).replace(/^(\w{3} \w{3} )0/, '$1 ');
  def('asctime', (args) => { nargs('asctime', args, 0, 1); return asc(fields('asctime', args, 0)); });
  def('ctime', (args) => { nargs('ctime', args, 0, 1); return asc(fields('ctime', [toStruct('ctime', args, false)], 0)); });
});
/** strftime over the fields of a time tuple (year, month 1-12, day, hour, minute, second, weekday Monday=0, yearday, dst). */
function strftime(fmt: string, f: number[]): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const [y, mo, da, h, mi, s] = f;
  const wd = ((f[6] % 7) + 7) % 7;
  const yd = f[7] || 1;
  const week = (first: number) => p2(Math.floor((yd + 6 - ((wd - first + 7) % 7)) / 7));
  return fmt.replace(/%([a-zA-Z%])/g, (_, c: string) => {
    switch (c) {
      case 'Y': return String(y); case 'y': return p2(((y % 100) + 100) % 100);
      case 'm': return p2(mo); case 'd': return p2(da); case 'e': return String(da).padStart(2, ' ');
      case 'H': return p2(h); case 'M': return p2(mi); case 'S': return p2(s);
      case 'I': return p2(h % 12 || 12); case 'p': return h < 12 ? 'AM' : 'PM';
      case 'A': return days[wd]; case 'a': return days[wd].slice(0, 3);
      case 'B': return months[mo - 1] ?? '?'; case 'b': case 'h': return (months[mo - 1] ?? '?').slice(0, 3);
      case 'j': return String(yd).padStart(3, '0');
      case 'w': return String((wd + 1) % 7); case 'u': return String(wd + 1);
      case 'U': return week(6); case 'W': return week(0);
      case 'D': return `${p2(mo)}/${p2(da)}/${p2(((y % 100) + 100) % 100)}`;
      case 'F': return `${y}-${p2(mo)}-${p2(da)}`; case 'T': return `${p2(h)}:${p2(mi)}:${p2(s)}`; case 'R': return `${p2(h)}:${p2(mi)}`;
      case 'c': return `${days[wd].slice(0, 3)} ${(months[mo - 1] ?? '?').slice(0, 3)} ${String(da).padStart(2, ' ')} ${p2(h)}:${p2(mi)}:${p2(s)} ${y}`;
      case 'x': return `${p2(mo)}/${p2(da)}/${p2(((y % 100) + 100) % 100)}`; case 'X': return `${p2(h)}:${p2(mi)}:${p2(s)}`;
      case 'n': return '\n'; case 't': return '\t';
      case '%': return '%';
    }
    return '%' + c;
  });
}

// ---------------------------------------------------------------- random (the module-level functions of one hidden Random)
function rerr<T>(f: () => T): T {
  try { return f(); } catch (e) {
    if (e instanceof RandomError) {
      const cls = ({ ValueError, TypeError, IndexError, ZeroDivisionError, OverflowError } as Record<string, PyType>)[e.kind] ?? ValueError;
      throw pyErr(cls, e.message);
    }
    throw e;
  }
}
function seedArg(v: PyVal): number | bigint | string | Uint8Array | null {
  if (v === undefined || v === None) return null;
  if (typeof v === 'string') return v;
  if (v instanceof PyBytes) return v.bytes;
  const i = asInt(v);
  if (i !== undefined) return i;
  if (v instanceof PyFloat) return null;
  throw pyErr(TypeError, 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
}
const toIntBuiltin = (v: PyVal): PyVal => call(typeOf(0), [v]);
/** random.Random: each instance has its own generator; the module functions are methods of a hidden one. */
const randomType = makeType('Random', [objectType], true);
randomType.module = 'random';
class PyRandom extends PyObject {
  mt = new MersenneTwister(null);
  constructor(cls: PyType) { super(cls, new Map()); }
}
randomType.native = (cls) => new PyRandom(cls);
const rself = (self: PyVal): MersenneTwister => {
  if (!(self instanceof PyRandom)) throw pyErr(TypeError, `descriptor requires a 'Random' object but received a '${typeName(self)}'`);
  return self.mt;
};
const rdef = (name: string, fn: (mt: MersenneTwister, args: PyVal[], kw: Map<string, PyVal> | null) => PyVal) => {
  method(randomType, name, (self, args, kw) => fn(rself(self), args, kw));
};
method(randomType, '__init__', (self, args, kw) => { call(getattr(self, 'seed'), args.slice(0, 1), kw && kw.has('x') ? new Map([['a', kw.get('x')]]) : null); return None; });
  rdef('seed', (mt, args, kw) => {
    const [a] = params('Random.seed', args, kw, ['a', 'version'], 0, true);
    if (a instanceof PyFloat) rerr(() => mt.seedFloat(a.v)); else rerr(() => mt.seed(seedArg(a)));
    return None;
  });
  rdef('random', (mt) => F(mt.random()));
  rdef('getrandbits', (mt, args, kw) => {
    noKw('Random.getrandbits', kw);
    if (args.length !== 1) throw pyErr(TypeError, `Random.getrandbits() takes exactly one argument (${args.length} given)`);
    return rerr(() => mt.getrandbits(int(args[0], 'getrandbits')));
  });
  rdef('randrange', (mt, args, kw) => {
    const [a, b, c] = params('Random.randrange', args, kw, ['start', 'stop', 'step'], 1, true);
    // Not an index: int() of it, which must equal it (CPython also warns of the deprecation).
    const arg = (v: PyVal, what: string) => {
      if (asInt(v) !== undefined) return int(v, 'randrange');
      const i = toIntBuiltin(v);
      const integral = eq(i, v);
      call(getattr(importModule('warnings'), 'warn'), [integral ? 'non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version' : 'randrange() will raise TypeError in the future', DeprecationWarning]);
      if (!integral) throw pyErr(ValueError, `non-integer ${what} for randrange()`);
      return int(i, 'randrange');
    };
    const start = arg(a, 'arg 1');
    return rerr(() => mt.randrange(start, b === undefined || b === None ? null : arg(b, 'stop'), c === undefined ? undefined : arg(c, 'step')));
  });
  rdef('randint', (mt, args, kw) => {
    const [a, b] = params('Random.randint', args, kw, ['a', 'b'], 2, true);
    return rerr(() => mt.randint(int(a, 'randint'), int(b, 'randint')));
  });
  rdef('choice', (mt, args, kw) => {
    const [seq] = params('Random.choice', args, kw, ['seq'], 1, true);
    const n = lenOf(seq);
    if (n === 0) throw pyErr(IndexError, 'Cannot choose from an empty sequence');
    return getitem(seq, rerr(() => mt.choiceIndex(n)));
  });
  rdef('shuffle', (mt, args, kw) => {
    const [x] = params('Random.shuffle', args, kw, ['x'], 1, true);
    if (!(x instanceof PyList)) throw pyErr(TypeError, `'${typeName(x)}' object does not support item assignment`);
    rerr(() => mt.shuffle(x.items));
    return None;
  });
  rdef('uniform', (mt, args, kw) => {
    const [a, b] = params('Random.uniform', args, kw, ['a', 'b'], 2, true);
    return binop('+', a, binop('*', binop('-', b, a), F(mt.random())));
  });
  rdef('sample', (mt, args, kw) => {
    const [pop, k, counts] = params('Random.sample', args, kw, ['population', 'k', 'counts'], 2, true, 1);
    let items: PyVal[];
    if (pop instanceof PyList || pop instanceof PyTuple || typeof pop === 'string' || typeOf(pop).name === 'range') items = toArray(pop);
    else throw pyErr(TypeError, 'Population must be a sequence.  For dicts or sets, use sorted(d).');
    if (counts !== undefined && counts !== None) {
      const cs = toArray(counts).map((c) => Number(asInt(c)));
      items = items.flatMap((x, i) => Array(cs[i]).fill(x));
    }
    const kk = Number(int(k, 'sample'));
    return new PyList(rerr(() => mt.sampleIndices(items.length, kk)).map((i) => items[i]));
  });
  rdef('choices', (mt, args, kw) => {
    const [pop, weights, cum, k] = params('Random.choices', args, kw, ['population', 'weights', 'cum_weights', 'k'], 1, true, 2);
    const items = itemsOf(pop);
    let cw: number[] | undefined;
    if (weights !== undefined && weights !== None) {
      if (cum !== undefined && cum !== None) throw pyErr(TypeError, 'Cannot specify both weights and cumulative weights');
      let acc = 0; cw = toArray(weights).map((w) => (acc += num(w)));
    } else if (cum !== undefined && cum !== None) cw = toArray(cum).map((w) => num(w));
    const kk = k === undefined ? 1 : Number(int(k, 'choices'));
    return new PyList(rerr(() => mt.choicesIndices(items.length, kk, cw)).map((i) => (i < items.length ? items[i] : getitem(pop, i))));
  });
  /** A distribution method taking float parameters, with CPython's defaults (undefined: required). */
  const dist = (name: string, names: string[], defaults: (number | undefined)[], f: (mt: MersenneTwister, a: number[]) => number) => {
    const required = defaults.filter((d) => d === undefined).length;
    rdef(name, (mt, args, kw) => {
      const got = params(`Random.${name}`, args, kw, names, required, true);
      return F(rerr(() => f(mt, names.map((_, i) => (got[i] === undefined ? defaults[i]! : num(got[i]))))));
    });
  };
  dist('gauss', ['mu', 'sigma'], [0, 1], (mt, [mu, sigma]) => mt.gauss(mu, sigma));
  dist('normalvariate', ['mu', 'sigma'], [0, 1], (mt, [mu, sigma]) => mt.normalvariate(mu, sigma));
  dist('lognormvariate', ['mu', 'sigma'], [undefined, undefined], (mt, [mu, sigma]) => mt.lognormvariate(mu, sigma));
  dist('expovariate', ['lambd'], [undefined], (mt, [l]) => mt.expovariate(l));
  dist('vonmisesvariate', ['mu', 'kappa'], [undefined, undefined], (mt, [mu, k]) => mt.vonmisesvariate(mu, k));
  dist('gammavariate', ['alpha', 'beta'], [undefined, undefined], (mt, [a, b]) => mt.gammavariate(a, b));
  dist('betavariate', ['alpha', 'beta'], [undefined, undefined], (mt, [a, b]) => mt.betavariate(a, b));
  dist('paretovariate', ['alpha'], [undefined], (mt, [a]) => mt.paretovariate(a));
  dist('weibullvariate', ['alpha', 'beta'], [undefined, undefined], (mt, [a, b]) => mt.weibullvariate(a, b));
  rdef('triangular', (mt, args, kw) => {
    const [lo, hi, mode] = params('Random.triangular', args, kw, ['low', 'high', 'mode'], 0, true);
    const l = lo === undefined ? 0 : num(lo), h = hi === undefined ? 1 : num(hi), withMode = mode !== undefined && mode !== None;
    const r = rerr(() => mt.triangular(l, h, withMode ? num(mode) : null));
    // low itself when the mode's division by (high - low) fails
    return withMode && h - l === 0 ? (lo ?? 0) : F(r);
  });
  rdef('randbytes', (mt, args) => { nargs('randbytes', args, 1); return new PyBytes(rerr(() => mt.randbytes(Number(int(args[0], 'randbytes'))))); });
  rdef('getstate', (mt) => stateBox(mt.getstate()));
  rdef('setstate', (mt, args) => { mt.setstate((args[0] as unknown as { st: ReturnType<MersenneTwister['getstate']> }).st); return None; });

natives.set('random', (m) => {
  const inst = new PyRandom(randomType);
  m.set('Random', randomType);
  for (const [name, v] of randomType.dict) if (v instanceof PyNativeMethod && !name.startsWith('_')) m.set(name, new PyMethod(v, inst));
});
function stateBox(st: ReturnType<MersenneTwister['getstate']>): PyVal {
  const t = tuple([3, tuple([]), None]) as PyTuple & { st?: unknown };
  t.st = st;
  return t;
}

export { str, truthy, call, intToFloat, toFloat, PyBuiltin };
