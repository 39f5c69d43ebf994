// Importable modules: native ones (sys, math, time, random) defined here, the rest written in Python
// under src/runtime/lib and compiled by Yieldpoint itself on first import.
import { PyVal, PyFloat, None, PyType, PyBuiltin, makeType, objectType, PyObject, PyNativeMethod, PyMethod } from './object';
import { PyModule, PyList, PyTuple, PyBytes, tuple, typeOf, tupleType } from './types';
import { pyErr, newExc, TypeError, ValueError, OverflowError, SystemExit, ImportError, IndexError, ZeroDivisionError, ModuleNotFoundError } from './exceptions';
import * as I from './int';
import { asInt, asNumber, call, toArray, typeName, truthy, intToFloat, lenOf, getitem, callSpecial, itemsOf, str, getattr, repr, iter } from './ops';
import { builtin, params, nargs, getter, method, noKw } from './native';
import { toFloat, floatToInt, fmtCatch } from './numbers';
import { parseFormatTemplate, parseFieldName } from './format';
import { powNum } from './arith';
import { io, stdStreams } from './builtins';
import { MersenneTwister, RandomError } from './modules/mersenne';
import { setImporter, activeException } from './rt';
import { pyLib } from './lib';
import abcLib from './lib/abc.py';
import collectionsAbcLib from './lib/_collections_abc.py';
import { clock } from './clock';
import { dequeType } from './deque';
import { globalsDict } from './globalsDict';
import { PyDict } from './dict';
import { defineYieldpointModule } from './loopObserver';
import { defineAsyncioModule } from './asyncioModule';
import { defineContextvarsModule } from './contextvars';
import { runJobsBeforeSleep } from './threads';
import { state } from './frame';
import { frameObjectHook } from './coroutine';
import { interrupts } from './interrupts';
export { clock };

// Python-source modules registered here rather than in lib.ts.
Object.assign(pyLib, { abc: abcLib, 'collections.abc': collectionsAbcLib });

type Def = (name: string, fn: (args: PyVal[], kw: Map<string, PyVal> | null) => PyVal) => void;
const loaded = new Map<string, PyModule>();
const natives = new Map<string, (m: Map<string, PyVal>, def: Def) => void>();

/** Compiles and runs Python-source library modules; set by the interpreter. */
type LibModule = { source: string; js: string; cacheFile?: string };
let runSource: (name: string, mod: LibModule) => Map<string, PyVal> = () => new Map();
export function setSourceRunner(f: (name: string, mod: LibModule) => Map<string, PyVal>): void { runSource = f; }

export function moduleNames(): Set<string> {
  return new Set([...natives.keys(), ...Object.keys(pyLib)]);
}

export function importModule(name: string): PyModule {
  let m = loaded.get(name);
  if (m) return m;
  const nat = natives.get(name);
  const d = new Map<string, PyVal>([['__name__', name]]);
  m = new PyModule(name, d);
  loaded.set(name, m);
  sysModules.d?.set(name, m);
  if (nat) {
    nat(d, (n, fn) => { const b = builtin(n, fn); b.module = name; d.set(n, b); });
  } else if (pyLib[name] !== undefined) {
    const g = runSource(name, pyLib[name]);
    for (const [k, v] of g) d.set(k, v);
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
  m.set('version_info', structSeq('version_info', 'sys', ['major', 'minor', 'micro', 'releaselevel', 'serial'], [3, 11, 7, 'final', 0]));
  m.set('version', '3.11.7 (yieldpoint)');
  m.set('platform', 'linux');
  m.set('maxsize', 9223372036854775807n);
  m.set('byteorder', 'little');
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
  const x = num(v); domain(x > 0); return f(x);
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
  const f1 = (name: string, f: (x: number) => number, ok: (x: number) => boolean = () => true) =>
    def(name, (args) => { nargs(name, args, 1); const x = num(args[0]); domain(ok(x)); const r = f(x); if (!isFinite(r) && isFinite(x)) throw pyErr(OverflowError, 'math range error'); return F(r); });
  f1('sqrt', Math.sqrt, (x) => x >= 0 || x !== x);
  f1('exp', Math.exp);
  f1('exp2', (x) => 2 ** x);
  f1('expm1', Math.expm1);
  f1('sin', Math.sin, (x) => isFinite(x) || x !== x); f1('cos', Math.cos, (x) => isFinite(x) || x !== x); f1('tan', Math.tan, (x) => isFinite(x) || x !== x);
  f1('asin', Math.asin, (x) => (x >= -1 && x <= 1) || x !== x); f1('acos', Math.acos, (x) => (x >= -1 && x <= 1) || x !== x); f1('atan', Math.atan);
  f1('sinh', Math.sinh); f1('cosh', Math.cosh); f1('tanh', Math.tanh);
  f1('asinh', Math.asinh); f1('acosh', Math.acosh, (x) => x >= 1); f1('atanh', Math.atanh, (x) => x > -1 && x < 1);
  f1('log1p', Math.log1p, (x) => x > -1);
  // log2/log10 of ints beyond float range work from the int's bits, as CPython's loghelper does.
  const bigLog = (name: string, f: (x: number) => number) => def(name, (args) => {
    nargs(name, args, 1);
    return F(logHelper(args[0], f));
  });
  bigLog('log2', Math.log2);
  bigLog('log10', Math.log10);
  f1('fabs', Math.abs);
  f1('degrees', (x) => (x * 180) / Math.PI); f1('radians', (x) => (x * Math.PI) / 180);
  f1('erf', erf); f1('erfc', (x) => 1 - erf(x));
  f1('gamma', gamma, (x) => !(Number.isInteger(x) && x <= 0)); f1('lgamma', (x) => Math.log(Math.abs(gamma(x))));
  def('log', (args) => {
    nargs('log', args, 1, 2);
    const lg = (v: PyVal) => logHelper(v, Math.log);
    if (args.length === 1) return F(lg(args[0]));
    const d = lg(args[1]);
    if (d === 0) throw pyErr(ZeroDivisionError, 'float division by zero');
    return F(lg(args[0]) / d);
  });
  def('pow', (args) => { nargs('pow', args, 2); const x = num(args[0]), y = num(args[1]); if (x === 0 && y < 0) domain(false); if (x < 0 && !Number.isInteger(y) && isFinite(y)) domain(false); return F(checkRange(x === 1 || (x === -1 && !isFinite(y)) ? 1 : powNum(x, y))); });
  def('atan2', (args) => { nargs('atan2', args, 2); return F(Math.atan2(num(args[0]), num(args[1]))); });
  def('hypot', (args) => F(Math.hypot(...args.map((a) => num(a)))));
  def('dist', (args) => { const p = toArray(args[0]).map((a) => num(a)), q = toArray(args[1]).map((a) => num(a)); return F(Math.hypot(...p.map((x, i) => x - q[i]))); });
  def('copysign', (args) => { const x = Math.abs(num(args[0])), y = num(args[1]); return F(y < 0 || Object.is(y, -0) ? -x : x); });
  def('fmod', (args) => { const x = num(args[0]), y = num(args[1]); domain(!(y === 0 || !isFinite(x))); return F(x % y); });
  def('remainder', (args) => { const x = num(args[0]), y = num(args[1]); domain(y !== 0 && isFinite(x)); const n = x / y; let r = Math.round(n); if (Math.abs(n - Math.trunc(n)) === 0.5) r = 2 * Math.round(n / 2); return F(x - r * y); });
  def('isnan', (args) => { const x = num(args[0]); return x !== x; });
  def('isinf', (args) => { const x = num(args[0]); return x === Infinity || x === -Infinity; });
  def('isfinite', (args) => isFinite(num(args[0])));
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
    if (!(v instanceof PyFloat)) { const r = callSpecial(v, dunder, []); if (r !== undefined) return r; }
    return floatToInt(f(num(v)));
  });
  toIntFn('floor', Math.floor, '__floor__');
  toIntFn('ceil', Math.ceil, '__ceil__');
  toIntFn('trunc', Math.trunc, '__trunc__');
  def('modf', (args) => { const x = num(args[0]); const ip = Math.trunc(x); return tuple([F(isFinite(x) ? x - ip : 0 * Math.sign(x)), F(ip)]); });
  def('frexp', (args) => { nargs('frexp', args, 1); const [mm, e] = frexpNum(num(args[0])); return tuple([F(mm), e]); });
  def('ldexp', (args) => {
    nargs('ldexp', args, 2);
    const x = num(args[0]), n = int(args[1], 'ldexp');
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
    let x = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (x * x > n) x--;
    while ((x + 1n) * (x + 1n) <= n) x++;
    if (x * x > n || (x + 1n) * (x + 1n) <= n) {
      x = n; let y = (x + 1n) / 2n; while (y < x) { x = y; y = (x + n / x) / 2n; }
    }
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
  const partials: number[] = [];
  for (let x of xs) {
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
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
function erf(x: number): number {
  // Abramowitz-Stegun is not exact enough; use a series/continued fraction like CPython's.
  const ax = Math.abs(x);
  if (ax < 1.5) {
    let acc = 0, fk = 25.5, x2 = x * x;
    for (let i = 0; i < 25; i++) { acc = 2 + x2 * acc / fk; fk -= 1; }
    return acc * x * Math.exp(-x2) / Math.sqrt(Math.PI);
  }
  if (ax >= 30) return x > 0 ? 1 : -1;
  let a = 0, da = 0.5, p = 1, pLast = 0, q = da + x * x, qLast = 1;
  for (let i = 0; i < 50; i++) { a += da; da += 2; const b = da + x * x; let t = p; p = b * p - a * pLast; pLast = t; t = q; q = b * q - a * qLast; qLast = t; }
  const r = p / q * ax * Math.exp(-x * x) / Math.sqrt(Math.PI);
  return x > 0 ? 1 - r : r - 1;
}
function gamma(x: number): number {
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  if (Number.isInteger(x) && x <= 171) { let r = 1; for (let i = 2; i < x; i++) r *= i; return r; }
  const g = 7;
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  x -= 1;
  let a = c[0];
  const t = x + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i] / (x + i);
  return Math.sqrt(2 * Math.PI) * t ** (x + 0.5) * Math.exp(-t) * a;
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
  // sys.modules[name].__dict__ (typing.get_type_hints resolves a class's annotations there).
  def('module_globals', (args) => {
    const g = args[0] === '__main__' ? sysState.main : loaded.get(String(args[0]))?.dict;
    return g ? globalsDict(g) : None;
  });
});
natives.set('_asyncio', defineAsyncioModule);
natives.set('_collections', (m) => { m.set('deque', dequeType); });
// The parsers behind string.Formatter.
natives.set('_string', (_m, def) => {
  def('formatter_parser', (args) => {
    nargs('formatter_parser', args, 1);
    if (typeof args[0] !== 'string') throw pyErr(TypeError, `expected str, got ${typeName(args[0])}`);
    const out: PyVal[] = [];
    let lit = '';
    for (const p of fmtCatch(() => parseFormatTemplate(args[0] as string, true))) {
      if ('literal' in p) {
        if (lit) out.push(tuple([lit, None, None, None]));
        lit = p.literal;
      } else {
        out.push(tuple([lit, p.field, p.spec, p.conversion ?? None]));
        lit = '';
      }
    }
    if (lit) out.push(tuple([lit, None, None, None]));
    return iter(new PyList(out));
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
function seedArg(v: PyVal): number | bigint | string | null {
  if (v === undefined || v === None) return null;
  if (typeof v === 'string') return v;
  const i = asInt(v);
  if (i !== undefined) return i;
  if (v instanceof PyFloat) return null;
  throw pyErr(TypeError, 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
}
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
    const arg = (v: PyVal) => { if (v instanceof PyFloat) { if (!Number.isInteger(v.v)) throw pyErr(TypeError, `'float' object cannot be interpreted as an integer`); return floatToInt(v.v); } return int(v, 'randrange'); };
    return rerr(() => mt.randrange(arg(a), b === undefined || b === None ? null : arg(b), c === undefined ? undefined : arg(c)));
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
    return F(mt.uniform(num(a), num(b)));
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
    return new PyList(rerr(() => mt.choicesIndices(items.length, kk, cw)).map((i) => items[i]));
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
    return F(rerr(() => mt.triangular(lo === undefined ? 0 : num(lo), hi === undefined ? 1 : num(hi), mode === undefined || mode === None ? null : num(mode))));
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
