// int, bool and float: constructors, methods, parsing and rounding.
import { PyVal, PyType, PyFloat, None, NotImplemented, PyObject } from './object';
import { intType, boolType, floatType, PyTuple, tuple, PyBytes } from './types';
import { pyErr, TypeError, ValueError, OverflowError } from './exceptions';
import * as I from './int';
import { asInt, asNumber, callSpecial, repr, typeName, PyBoxed, unbox, hashInt, hashFloat, isInt, intToFloat, strRepr, str, binop, builtinNumSlots, call, toArray, nativeCompare } from './ops';
import { method, getter, nargs, params, classFn, checkArity, checkSlotArity } from './native';
import { floatRepr, formatInt, formatFloat, FormatError } from './format';
import { floatFloorDiv, floatMod } from './arith';
import { decimalsToAscii } from './unicode';

/** Strips Py_ISSPACE (ASCII whitespace), as the number parsers do after decimalsToAscii. */
const asciiStrip = (s: string) => s.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');

export function parseIntLiteral(s: string, base: number): I.Int | undefined {
  let t = asciiStrip(decimalsToAscii(s));
  let neg = false;
  if (t[0] === '+' || t[0] === '-') { neg = t[0] === '-'; t = t.slice(1); }
  const lower = t.toLowerCase();
  const prefixBase = lower.startsWith('0x') ? 16 : lower.startsWith('0o') ? 8 : lower.startsWith('0b') ? 2 : 0;
  if (base === 0) {
    if (prefixBase) { base = prefixBase; t = t.slice(2); if (t[0] === '_') t = t.slice(1); }
    else {
      base = 10;
      if (/^0+[_0]*[1-9]/.test(t)) return undefined;
    }
  } else if (prefixBase === base) { t = t.slice(2); if (t[0] === '_') t = t.slice(1); }
  if (!t || t.startsWith('_') || t.endsWith('_') || t.includes('__')) return undefined;
  t = t.replace(/_/g, '');
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, base);
  for (const c of t.toLowerCase()) if (!digits.includes(c)) return undefined;
  if ((base & (base - 1)) !== 0 && I.maxStrDigits.v > 0 && t.length > I.maxStrDigits.v) throw pyErr(ValueError, I.FROM_STR_LIMIT(t.length));
  let v: I.Int;
  if (base === 10) v = t.length < 16 ? parseInt(t, 10) : I.norm(BigInt(t));
  else if (t.length <= 10 && base <= 16) v = parseInt(t, base);
  else {
    let b = 0n; const B = BigInt(base);
    for (const c of t.toLowerCase()) b = b * B + BigInt(digits.indexOf(c));
    v = I.norm(b);
  }
  return neg ? I.neg(v) : v;
}

/** warnings.warn(message, DeprecationWarning) at the calling Python line (set by modules.ts). */
export const numberHooks = { deprecate: (_message: string): void => undefined };
export function toInt(v: PyVal, base?: PyVal): I.Int {
  if (base !== undefined) {
    const b = asInt(base);
    if (b === undefined) throw pyErr(TypeError, `'${typeName(base)}' object cannot be interpreted as an integer`);
    const bn = Number(b);
    if (bn !== 0 && (bn < 2 || bn > 36)) throw pyErr(ValueError, 'int() base must be >= 2 and <= 36, or 0');
    const u = unbox(v);
    if (typeof u !== 'string' && !(v instanceof PyBytes)) throw pyErr(TypeError, "int() can't convert non-string with explicit base");
    return intFromText(v, bn);
  }
  const i = asInt(v);
  if (i !== undefined) return i;
  if (v instanceof PyFloat) return floatToInt(v.v);
  if (typeof v === 'string' || v instanceof PyBytes) return intFromText(v, 10);
  for (const name of ['__int__', '__index__', '__trunc__']) {
    if (name === '__trunc__' && v instanceof PyObject && v.cls.lookup('__trunc__') !== undefined) {
      numberHooks.deprecate('The delegation of int() to __trunc__ is deprecated.');
    }
    const r = callSpecial(v, name, []);
    if (r !== undefined) {
      const ri = asInt(r);
      if (ri === undefined) throw pyErr(TypeError, `${name} returned non-int (type ${typeName(r)})`);
      return ri;
    }
  }
  if (v instanceof PyBoxed) return toInt(v.prim);
  throw pyErr(TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
}
/** int() of a str or a bytes-like object (whose bytes are read as Latin-1, and shown as bytes), in base bn. */
function intFromText(v: PyVal, bn: number): I.Int {
  const text = v instanceof PyBytes ? String.fromCharCode(...v.bytes) : unbox(v) as string;
  const r = parseIntLiteral(text, bn);
  if (r === undefined) throw pyErr(ValueError, `invalid literal for int() with base ${bn}: ${v instanceof PyBytes ? repr(new PyBytes(v.bytes)) : strRepr(unbox(v) as string)}`);
  return r;
}
export function floatToInt(x: number): I.Int {
  if (x !== x) throw pyErr(ValueError, 'cannot convert float NaN to integer');
  if (!isFinite(x)) throw pyErr(OverflowError, 'cannot convert float infinity to integer');
  return I.fromFloat(x);
}

export function parseFloat_(s: string): number | undefined {
  const t = asciiStrip(decimalsToAscii(s)).toLowerCase();
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(t);
  if (m) return m[2] === 'nan' ? NaN : m[1] === '-' ? -Infinity : Infinity;
  if (!/^[+-]?((\d(_?\d)*)?\.?\d(_?\d)*|\d(_?\d)*\.)([e][+-]?\d(_?\d)*)?$/.test(t)) return undefined;
  return Number(t.replace(/_/g, ''));
}
export function toFloat(v: PyVal): number {
  if (v instanceof PyFloat) return v.v;
  const n = typeof v === 'object' ? undefined : asNumber(v);
  if (n !== undefined) return n;
  if (typeof v === 'string') {
    const r = parseFloat_(v);
    if (r === undefined) throw pyErr(ValueError, `could not convert string to float: ${strRepr(v)}`);
    return r;
  }
  if (v instanceof PyBytes) {
    const r = parseFloat_(String.fromCharCode(...v.bytes));
    if (r === undefined) throw pyErr(ValueError, `could not convert string to float: ${repr(v)}`);
    return r;
  }
  const r = callSpecial(v, '__float__', []);
  if (r !== undefined) {
    if (!(r instanceof PyFloat)) throw pyErr(TypeError, `${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
    return r.v;
  }
  const ix = callSpecial(v, '__index__', []);
  if (ix !== undefined) {
    const i = asInt(ix);
    if (i === undefined) throw pyErr(TypeError, `__index__ returned non-int (type ${typeName(ix)})`);
    return intToFloat(i);
  }
  if (v instanceof PyBoxed) return toFloat(v.prim);
  throw pyErr(TypeError, `float() argument must be a string or a real number, not '${typeName(v)}'`);
}

/** round(x, n) for floats: exact decimal expansion of x, rounded half-to-even at n places. */
export function roundFloat(x: number, nd: number): number {
  if (!isFinite(x) || x === 0) return x;
  let m = Math.abs(x), scale = 0;
  while (!Number.isInteger(m)) { m *= 2; scale++; }
  const digits = BigInt(m) * 5n ** BigInt(scale); // |x| = digits / 10**scale exactly
  if (nd >= scale) return x;
  const p = 10n ** BigInt(scale - nd);
  let q = digits / p;
  const twice = 2n * (digits % p);
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  const r = Number(`${q}e${-nd}`);
  return x < 0 ? -r : r;
}

/** round(x) for floats: nearest int, ties to even. */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}
export function roundInt(v: I.Int, nd: number): I.Int {
  if (nd >= 0) return v;
  const p = I.pow(10, -nd);
  const q = I.floordiv(v, p);
  const r = I.sub(v, I.mul(q, p));
  const twice = I.mul(r, 2);
  const c = I.cmp(twice, p);
  let qq = q;
  if (c > 0 || (c === 0 && I.cmp(I.mod(q, 2), 0) !== 0)) qq = I.add(q, 1);
  return I.mul(qq, p);
}

function newInt(cls: PyType, args: PyVal[]): PyVal {
  if (args.length > 2) throw pyErr(TypeError, `int() takes at most 2 arguments (${args.length} given)`);
  const v = args.length === 0 ? 0 : toInt(args[0], args[1]);
  return cls === intType ? v : new PyBoxed(cls, v);
}
intType.native = (cls, args, kw) => {
  if (kw && kw.size) {
    // x is positional-only; base may be a keyword.
    for (const k of kw.keys()) if (k !== 'base') throw pyErr(TypeError, `'${k}' is an invalid keyword argument for int()`);
    if (args.length > 1) throw pyErr(TypeError, args.length + kw.size > 2 ? `int() takes at most 2 arguments (${args.length + kw.size} given)` : "argument for int() given by name ('base') and position (2)");
    if (args.length === 0) throw pyErr(TypeError, 'int() missing string argument');
    return newInt(cls, [args[0], kw.get('base')]);
  }
  return newInt(cls, args);
};
boolType.native = (_cls, args) => { nargs('bool', args, 0, 1); return args.length ? truthyOf(args[0]) : false; };
let truthyOf: (v: PyVal) => boolean = () => false;
export function setTruthy(f: (v: PyVal) => boolean): void { truthyOf = f; }
floatType.native = (cls, args) => {
  nargs('float', args, 0, 1);
  const v = args.length ? toFloat(args[0]) : 0;
  return cls === floatType ? new PyFloat(v) : new PyBoxed(cls, new PyFloat(v));
};

const selfInt = (self: PyVal): I.Int => {
  const i = asInt(self);
  if (i === undefined) throw pyErr(TypeError, `descriptor requires a 'int' object but received a '${typeName(self)}'`);
  return i;
};
method(intType, '__repr__', (self) => String(selfInt(self)));
method(intType, '__hash__', (self) => hashInt(selfInt(self)));
method(intType, '__index__', (self) => selfInt(self));
method(intType, '__int__', (self) => selfInt(self));
method(intType, '__float__', (self) => new PyFloat(intToFloat(selfInt(self))));
method(intType, 'bit_length', (self) => I.bitLength(selfInt(self)));
method(intType, 'bit_count', (self) => { const v = I.abs(selfInt(self)); return I.big(v).toString(2).split('').filter((c) => c === '1').length; });
method(intType, 'conjugate', (self) => selfInt(self));
method(intType, 'as_integer_ratio', (self) => tuple([selfInt(self), 1]));
method(intType, '__format__', (self, args) => (args[0] === '' && self instanceof PyBoxed ? str(self) : fmtCatch(() => formatInt(selfInt(self), args[0], typeName(self)))));
method(intType, '__abs__', (self) => I.abs(selfInt(self)));
type NumOp = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '<<' | '>>' | '&' | '|' | '^';
const numSlot = (t: PyType, name: string, fn: (self: PyVal, o: PyVal) => PyVal) => {
  method(t, name, (self, args) => { nargs(name, args, 1); return fn(self, args[0]); });
  builtinNumSlots.add(t.dict.get(name));
};
const intOps: [string, NumOp][] = [['add', '+'], ['sub', '-'], ['mul', '*'], ['truediv', '/'], ['floordiv', '//'], ['mod', '%'],
  ['pow', '**'], ['lshift', '<<'], ['rshift', '>>'], ['and', '&'], ['or', '|'], ['xor', '^']];
for (const [n, op] of intOps) {
  numSlot(intType, `__${n}__`, (self, o) => { const b = asInt(o); return b === undefined ? NotImplemented : binop(op, selfInt(self), b); });
  numSlot(intType, `__r${n}__`, (self, o) => { const b = asInt(o); return b === undefined ? NotImplemented : binop(op, b, selfInt(self)); });
  if (['<<', '>>', '&', '|', '^'].includes(op)) continue;
  const fl = (o: PyVal) => { const u = unbox(o); return u instanceof PyFloat ? u : asInt(u) !== undefined ? u : undefined; };
  numSlot(floatType, `__${n}__`, (self, o) => { const b = fl(o); return b === undefined ? NotImplemented : binop(op, new PyFloat(selfFloat(self)), b); });
  numSlot(floatType, `__r${n}__`, (self, o) => { const b = fl(o); return b === undefined ? NotImplemented : binop(op, b, new PyFloat(selfFloat(self))); });
}
// Rich comparisons between ints and floats, for explicit calls (the operators compare natively).
for (const t of [intType, floatType]) {
  for (const [name, op] of [['__lt__', '<'], ['__le__', '<='], ['__gt__', '>'], ['__ge__', '>='], ['__eq__', '=='], ['__ne__', '!=']] as const) {
    method(t, name, (self, args) => {
      nargs(name, args, 1);
      const a = unbox(self), b = unbox(args[0]);
      if (!(b instanceof PyFloat) && asInt(b) === undefined) return NotImplemented;
      if (t === intType && b instanceof PyFloat) return NotImplemented;
      return nativeCompare.fn(a, b, op);
    });
  }
}
for (const t of [intType, floatType]) {
  const divmodOf = (a: PyVal, b: PyVal) => tuple([binop('//', a, b), binop('%', a, b)]);
  const own = (v: PyVal) => (t === intType ? asInt(v) : (() => { const u = unbox(v); return u instanceof PyFloat || asInt(u) !== undefined ? u : undefined; })());
  const me = (self: PyVal) => (t === intType ? selfInt(self) : new PyFloat(selfFloat(self)));
  numSlot(t, '__divmod__', (self, o) => { const b = own(o); return b === undefined ? NotImplemented : divmodOf(me(self), b); });
  numSlot(t, '__rdivmod__', (self, o) => { const b = own(o); return b === undefined ? NotImplemented : divmodOf(b, me(self)); });
}
method(intType, '__neg__', (self) => I.neg(selfInt(self)));
method(intType, '__pos__', (self) => selfInt(self));
method(intType, '__invert__', (self) => I.invert(selfInt(self)));
method(intType, '__bool__', (self) => selfInt(self) != 0);
method(intType, '__trunc__', (self) => selfInt(self));
method(intType, '__floor__', (self) => selfInt(self));
method(intType, '__ceil__', (self) => selfInt(self));
method(floatType, '__neg__', (self) => new PyFloat(-selfFloat(self)));
method(floatType, '__pos__', (self) => new PyFloat(selfFloat(self)));
method(floatType, '__bool__', (self) => selfFloat(self) !== 0);
method(intType, '__round__', (self, args) => {
  if (!args.length) return selfInt(self);
  const nd = asInt(args[0]);
  if (nd === undefined) throw pyErr(TypeError, `'${typeName(args[0])}' object cannot be interpreted as an integer`);
  return roundInt(selfInt(self), Number(nd));
});
method(intType, 'to_bytes', (self, args, kw) => {
  const total = args.length + (kw ? kw.size : 0);
  if (total > 3) throw pyErr(TypeError, `to_bytes() takes at most 3 arguments (${total} given)`);
  if (args.length > 2) throw pyErr(TypeError, `to_bytes() takes at most 2 positional arguments (${args.length} given)`);
  const [length, byteorder, signed] = params('to_bytes', args, kw, ['length', 'byteorder', 'signed']);
  const len = length === undefined ? 1 : asInt(length);
  if (len === undefined) throw pyErr(TypeError, `'${typeName(length)}' object cannot be interpreted as an integer`);
  checkByteorder('to_bytes', byteorder);
  if (len < 0) throw pyErr(ValueError, 'length argument must be non-negative');
  const n = Number(len);
  let v = I.big(selfInt(self));
  if (v < 0n) {
    if (signed === undefined || !truthyOf(signed)) throw pyErr(OverflowError, "can't convert negative int to unsigned");
    if (n === 0 || v < -(1n << BigInt(8 * n - 1))) throw pyErr(OverflowError, 'int too big to convert');
    v += 1n << BigInt(8 * n);
  }
  else if (signed !== undefined && truthyOf(signed) && n > 0 && v >= 1n << BigInt(8 * n - 1)) throw pyErr(OverflowError, 'int too big to convert');
  const out = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) { out[i] = Number(v & 0xffn); v >>= 8n; }
  if (v !== 0n) throw pyErr(OverflowError, 'int too big to convert');
  if (unbox(byteorder ?? 'big') === 'little') out.reverse();
  return bytesFactory(out);
});
classFn(intType, 'from_bytes', (args, kw) => {
  const cls = args[0];
  const [bytes, byteorder, signed] = params('from_bytes', args.slice(1), kw, ['bytes', 'byteorder', 'signed'], 1);
  const order = byteorder ?? 'big';
  checkByteorder('from_bytes', byteorder);
  if (typeof unbox(bytes) === 'string' || asInt(bytes) !== undefined || bytes instanceof PyFloat) throw pyErr(TypeError, `cannot convert '${typeName(bytes)}' object to bytes`);
  const raw = bytes instanceof PyBytes ? Array.from(bytes.bytes) : toArray(bytes).map((b) => {
    const i = asInt(b);
    if (i === undefined) throw pyErr(TypeError, `'${typeName(b)}' object cannot be interpreted as an integer`);
    if (i < 0 || i > 255) throw pyErr(ValueError, 'bytes must be in range(0, 256)');
    return Number(i);
  });
  if (order === 'little') raw.reverse();
  let v = 0n;
  for (const b of raw) v = (v << 8n) | BigInt(b);
  if (signed !== undefined && truthyOf(signed) && raw.length && raw[0] & 0x80) v -= 1n << BigInt(8 * raw.length);
  const r = I.norm(v);
  return cls === intType ? r : call(cls, [r]);
});
function checkByteorder(fname: string, byteorder: PyVal | undefined): void {
  if (byteorder === undefined) return;
  const o = unbox(byteorder);
  if (typeof o !== 'string') throw pyErr(TypeError, `${fname}() argument 'byteorder' must be str, not ${typeName(byteorder)}`);
  if (o !== 'big' && o !== 'little') throw pyErr(ValueError, "byteorder must be either 'little' or 'big'");
}
let bytesFactory: (u: Uint8Array) => PyVal = () => None;
export function setBytesFactory(f: (u: Uint8Array) => PyVal): void { bytesFactory = f; }
getter(intType, 'real', (self) => selfInt(self));
getter(intType, 'imag', () => 0);
getter(intType, 'numerator', (self) => selfInt(self));
getter(intType, 'denominator', () => 1);
method(boolType, '__repr__', (self) => (unbox(self) ? 'True' : 'False'));

const selfFloat = (self: PyVal): number => {
  const v = unbox(self);
  if (!(v instanceof PyFloat)) throw pyErr(TypeError, `descriptor requires a 'float' object but received a '${typeName(self)}'`);
  return v.v;
};
method(floatType, '__repr__', (self) => floatRepr(selfFloat(self)));
method(floatType, '__hash__', (self) => hashFloat(selfFloat(self)));
method(floatType, '__float__', (self) => new PyFloat(selfFloat(self)));
method(floatType, '__int__', (self) => floatToInt(selfFloat(self)));
method(floatType, '__trunc__', (self) => floatToInt(selfFloat(self)));
method(floatType, 'is_integer', (self) => Number.isInteger(selfFloat(self)));
method(floatType, 'conjugate', (self) => new PyFloat(selfFloat(self)));
method(floatType, '__format__', (self, args) => (args[0] === '' && self instanceof PyBoxed ? str(self) : fmtCatch(() => formatFloat(selfFloat(self), args[0]))));
method(floatType, '__abs__', (self) => new PyFloat(Math.abs(selfFloat(self))));
method(floatType, '__round__', (self, args) => {
  const x = selfFloat(self);
  if (!args.length || args[0] === None) return floatToInt(roundHalfEven(x));
  const nd = asInt(args[0]);
  if (nd === undefined) throw pyErr(TypeError, `'${typeName(args[0])}' object cannot be interpreted as an integer`);
  return new PyFloat(roundFloat(x, Number(nd)));
});
method(floatType, '__floor__', (self) => floatToInt(Math.floor(selfFloat(self))));
method(floatType, '__ceil__', (self) => floatToInt(Math.ceil(selfFloat(self))));
method(floatType, 'as_integer_ratio', (self) => {
  const x = selfFloat(self);
  if (!isFinite(x)) throw pyErr(x !== x ? ValueError : OverflowError, x !== x ? 'cannot convert NaN to integer ratio' : 'cannot convert Infinity to integer ratio');
  let m = x, e = 0;
  while (!Number.isInteger(m)) { m *= 2; e++; }
  let n = BigInt(m), d = 1n << BigInt(e);
  const g = gcd(n < 0n ? -n : n, d);
  n /= g; d /= g;
  return tuple([I.norm(n), I.norm(d)]);
});
method(floatType, 'hex', (self) => floatHex(selfFloat(self)));
classFn(floatType, 'fromhex', (args) => {
  if (args.length !== 2) throw pyErr(TypeError, `float.fromhex() takes exactly one argument (${args.length - 1} given)`);
  const [cls, src] = args;
  if (typeof src !== 'string') throw pyErr(TypeError, `must be str, not ${typeName(src)}`);
  const v = floatFromHex(src);
  return cls === floatType ? new PyFloat(v) : call(cls, [new PyFloat(v)]);
});
function floatFromHex(src: string): number {
  const bad = () => pyErr(ValueError, 'invalid hexadecimal floating-point string');
  const t = asciiStrip(src);
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(t);
  if (special) return special[2].toLowerCase() === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?$/i.exec(t);
  if (!m || (m[2] + (m[3] ?? '')) === '') throw bad();
  const digits = m[2] + (m[3] ?? '');
  const mant = BigInt('0x' + digits);
  const e = (m[4] ? parseInt(m[4], 10) : 0) - 4 * (m[3] ?? '').length;
  const sign = m[1] === '-' ? -1 : 1;
  if (mant === 0n) return sign * 0;
  const len = mant.toString(2).length;
  const lsb = Math.max(len + e - 53, -1074);
  let q = mant;
  if (lsb > e) {
    const shift = BigInt(lsb - e);
    q = mant >> shift;
    const r = mant - (q << shift), half = 1n << (shift - 1n);
    if (r > half || (r === half && (q & 1n) === 1n)) q += 1n;
  }
  const exp = lsb > e ? lsb : e;
  const half1 = Math.trunc(exp / 2);
  const v = Number(q) * 2 ** half1 * 2 ** (exp - half1);
  if (!isFinite(v)) throw pyErr(OverflowError, 'hexadecimal value too large to represent as a float');
  return sign * v;
}
getter(floatType, 'real', (self) => new PyFloat(selfFloat(self)));
getter(floatType, 'imag', () => new PyFloat(0));
function gcd(a: bigint, b: bigint): bigint { while (b) { [a, b] = [b, a % b]; } return a; }
function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (!isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  const sign = x < 0 ? '-' : '';
  let m = Math.abs(x), e = 0;
  while (m >= 2) { m /= 2; e++; }
  while (m < 1 && e > -1022) { m *= 2; e--; }
  const lead = Math.floor(m);
  let frac = m - lead;
  let hex = '';
  for (let i = 0; i < 13; i++) { frac *= 16; const d = Math.floor(frac); hex += d.toString(16); frac -= d; }
  return `${sign}0x${lead}.${hex}p${e >= 0 ? '+' : ''}${e}`;
}

export function fmtCatch<T>(f: () => T): T {
  try { return f(); } catch (e) {
    if (e instanceof FormatError) throw pyErr(e.kind === 'TypeError' ? TypeError : e.kind === 'OverflowError' ? OverflowError : ValueError, e.message);
    throw e;
  }
}
export { floatFloorDiv, floatMod, isInt, repr, NotImplemented, PyTuple };

checkArity(intType, { bit_length: 'none', bit_count: 'none', conjugate: 'none', as_integer_ratio: 'none' });
checkArity(floatType, { hex: 'none', is_integer: 'none', conjugate: 'none', as_integer_ratio: 'none' });
for (const t of [intType, floatType]) {
  checkSlotArity(t);
  checkArity(t, { __round__: [0, 1] });
}
