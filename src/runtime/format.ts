// CPython 3.11-exact number and string formatting: repr(float), format(), str % args,
// and str.format template parsing. Pure functions; values: int = number | bigint, float = number.
import { decimalDigits, TO_STR_LIMIT } from './int';

export class FormatError extends Error {
  constructor(public kind: 'ValueError' | 'TypeError' | 'OverflowError', message: string) {
    super(message);
  }
}

const valueError = (msg: string) => new FormatError('ValueError', msg);
const typeError = (msg: string) => new FormatError('TypeError', msg);
const overflowError = (msg: string) => new FormatError('OverflowError', msg);

// ---------------------------------------------------------------------------------------------
// Exact decimal digits of doubles. Digit results are in dtoa form: value = 0.DIGITS × 10^decpt,
// DIGITS without trailing zeros ('' only for a fixed-point result that rounded to zero).

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian: u32[0] = low word

/** Exponent of the lowest set bit of |x| (x finite, non-zero): x = odd × 2^result. */
function lowBitExp(x: number): number {
  f64[0] = x;
  const lo = u32[0], hi = u32[1];
  const be = (hi >>> 20) & 0x7ff;
  const e = be ? be - 1075 : -1074;
  if (lo !== 0) return e + 31 - Math.clz32(lo & -lo);
  const mhi = (hi & 0xfffff) | (be ? 0x100000 : 0);
  return e + 63 - Math.clz32(mhi & -mhi);
}

function stripZeros(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 48) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** All digits of a positive finite double, exactly. */
function exactDigits(ax: number): [string, number] {
  f64[0] = ax;
  const lo = u32[0], hi = u32[1];
  const be = (hi >>> 20) & 0x7ff;
  const e0 = be ? be - 1075 : -1074;
  const m0 = (BigInt((hi & 0xfffff) | (be ? 0x100000 : 0)) << 32n) | BigInt(lo);
  const e = lowBitExp(ax);
  const m = m0 >> BigInt(e - e0);
  if (e >= 0) {
    const s = (m << BigInt(e)).toString();
    return [stripZeros(s), s.length];
  }
  const s = (m * 5n ** BigInt(-e)).toString();
  return [stripZeros(s), s.length + e];
}

/** Round dtoa-form digits to n significant digits, half-even; null when the result is zero. */
function roundDigits(s: string, dp: number, n: number): [string, number] | null {
  if (n >= s.length) return [s, dp];
  if (n < 0) return null;
  const c = s.charCodeAt(n);
  // s has no trailing zeros, so any digit after position n makes the remainder exceed a half
  const up = c > 53 || (c === 53 && (n + 1 < s.length || (n > 0 && (s.charCodeAt(n - 1) & 1) === 1)));
  const kept = s.slice(0, n);
  if (!up) {
    const k = stripZeros(kept);
    return k ? [k, dp] : null;
  }
  let i = n - 1;
  while (i >= 0 && kept.charCodeAt(i) === 57) i--;
  if (i < 0) return ['1', dp + 1];
  return [kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1), dp];
}

/** n >= 1 significant digits of ax > 0. */
function sigDigits(ax: number, n: number): [string, number] {
  if (n <= 101) {
    const s = ax.toExponential(n - 1);
    const ei = s.indexOf('e');
    const E = +s.slice(ei + 1);
    // toExponential rounds ties up; a tie at 10^-f needs ax = odd × 2^-(f+1)
    const f = n - 1 - E;
    const lb = lowBitExp(ax);
    if (lb !== -(f + 1) && lb !== -(f + 2)) return [stripZeros(s[0] + s.slice(2, ei)), E + 1];
  }
  const [d, dp] = exactDigits(ax);
  return roundDigits(d, dp, n)!;
}

function fixedDigits(ax: number, p: number): [string, number] {
  const [d, dp] = exactDigits(ax);
  return roundDigits(d, dp, dp + p) ?? ['', -p];
}

function shortestDigits(ax: number): [string, number] {
  const s = ax.toString();
  let mant = s, exp = 0;
  const ei = s.indexOf('e');
  if (ei >= 0) {
    mant = s.slice(0, ei);
    exp = +s.slice(ei + 1);
  }
  const di = mant.indexOf('.');
  let digits = di >= 0 ? mant.slice(0, di) + mant.slice(di + 1) : mant;
  let dp = (di >= 0 ? di : mant.length) + exp;
  let k = 0;
  while (digits.charCodeAt(k) === 48) k++;
  digits = digits.slice(k);
  dp -= k;
  return [stripZeros(digits), dp];
}

/** CPython's format_float_short layout (Python/pystrtod.c). precision is dtoa's (e: digits). */
function layoutShort(neg: boolean, digits: string, decpt: number, code: string, precision: number,
  alt: boolean, addDot0: boolean, expChar: string): string {
  const dl = digits.length;
  let vend = dl, useExp = false, exp = 0;
  switch (code) {
    case 'e': useExp = true; vend = precision; break;
    case 'f': vend = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vend = precision;
      break;
    default: if (decpt <= -4 || decpt > 16) useExp = true;
  }
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vstart = decpt <= 0 ? decpt - 1 : 0;
  vend = Math.max(vend, !useExp && addDot0 ? decpt + 1 : decpt);
  let out = neg ? '-' : '';
  if (decpt <= 0) out += '0'.repeat(decpt - vstart) + '.' + '0'.repeat(-decpt);
  if (decpt > 0 && decpt <= dl) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (dl < decpt) out += '0'.repeat(decpt - dl) + '.' + '0'.repeat(vend - decpt);
  else out += '0'.repeat(vend - dl);
  if (!alt && out.charCodeAt(out.length - 1) === 46) out = out.slice(0, -1);
  if (useExp) {
    const a = exp < 0 ? -exp : exp;
    out += expChar + (exp < 0 ? '-' : '+') + (a < 10 ? '0' : '') + a;
  }
  return out;
}

/** PyOS_double_to_string. code: e E f F g G r. */
function doubleToString(x: number, code: string, prec: number, alt: boolean, addDot0: boolean, noNeg0: boolean): string {
  let lc = code;
  const upper = code === 'E' || code === 'F' || code === 'G';
  if (upper) lc = code.toLowerCase();
  if (x !== x) return upper ? 'NAN' : 'nan';
  if (x === Infinity) return upper ? 'INF' : 'inf';
  if (x === -Infinity) return upper ? '-INF' : '-inf';
  let neg = x < 0 || (x === 0 && 1 / x < 0);
  const ax = neg ? -x : x;
  if (lc === 'f' && ax < 1e21 && prec <= 100 && (ax === 0 || lowBitExp(ax) !== -(prec + 1))) {
    let s = ax.toFixed(prec);
    if (alt && prec === 0) s += '.';
    if (neg && noNeg0 && /^[0.]*$/.test(s)) neg = false;
    return neg ? '-' + s : s;
  }
  if (lc === 'e') prec++;
  else if (lc === 'g' && prec === 0) prec = 1;
  let digits: string, decpt: number;
  if (ax === 0) {
    digits = '0';
    decpt = 1;
  } else if (lc === 'r') {
    [digits, decpt] = shortestDigits(ax);
  } else if (lc === 'f') {
    [digits, decpt] = fixedDigits(ax, prec);
  } else {
    [digits, decpt] = sigDigits(ax, prec);
  }
  if (neg && noNeg0 && (digits === '' || digits === '0')) neg = false;
  return layoutShort(neg, digits, decpt, lc, prec, alt, addDot0, upper ? 'E' : 'e');
}

/** repr(float) (== str(float)). */
export function floatRepr(x: number): string {
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    const s = x.toString();
    return s.indexOf('.') >= 0 ? s : s + '.0';
  }
  if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
  return doubleToString(x, 'r', 0, false, true, false);
}

// ---------------------------------------------------------------------------------------------
// Format-spec mini-language.

interface Spec {
  fill: string;      // one code point
  align: string;     // '' when not given
  sign: string;      // '' | '+' | '-' | ' '
  z: boolean;
  alt: boolean;
  zero: boolean;     // '0' flag consumed (fill is then '0')
  width: number;     // -1 when not given
  grouping: string;  // '' | ',' | '_'
  precision: number; // -1 when not given
  type: string;      // '' when not given; may be a surrogate pair
}

const specCache = new Map<string, Spec>();

const isAlign = (c: string) => c === '<' || c === '>' || c === '=' || c === '^';
const isDigit = (c: number) => c >= 48 && c <= 57;

function cpAt(s: string, i: number): string {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return s.slice(i, i + 2);
  }
  return s[i];
}

function cpLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

/** First n code points of s. */
function cpSlice(s: string, n: number): string {
  let i = 0;
  while (n > 0 && i < s.length) {
    i += cpAt(s, i).length;
    n--;
  }
  return s.slice(0, i);
}

const MAX_SSIZE = 9223372036854775807n;

function readSpecInt(spec: string, pos: number): [number, number] {
  let e = pos;
  while (e < spec.length && isDigit(spec.charCodeAt(e))) e++;
  if (e === pos) return [-1, pos];
  const digits = spec.slice(pos, e);
  if (digits.length >= 19 && BigInt(digits) > MAX_SSIZE) throw valueError('Too many decimal digits in format string');
  return [Number(digits), e];
}

function parseSpec(spec: string, typeName: string): Spec {
  const cached = specCache.get(spec);
  if (cached) return cached;
  const n = spec.length;
  let pos = 0, fill = ' ', align = '', fillGiven = false;
  const first = n > 0 ? cpAt(spec, 0) : '';
  if (n > first.length && isAlign(spec[first.length])) {
    fill = first;
    align = spec[first.length];
    fillGiven = true;
    pos = first.length + 1;
  } else if (n > 0 && isAlign(spec[0])) {
    align = spec[0];
    pos = 1;
  }
  let sign = '';
  if (pos < n && (spec[pos] === '+' || spec[pos] === '-' || spec[pos] === ' ')) sign = spec[pos++];
  let z = false, alt = false, zero = false;
  if (spec[pos] === 'z') { z = true; pos++; }
  if (spec[pos] === '#') { alt = true; pos++; }
  if (!fillGiven && spec[pos] === '0') {
    fill = '0';
    zero = true;
    pos++;
  }
  let width: number, precision = -1;
  [width, pos] = readSpecInt(spec, pos);
  let grouping = '';
  if (spec[pos] === ',') { grouping = ','; pos++; }
  if (spec[pos] === '_') {
    if (grouping) throw valueError("Cannot specify both ',' and '_'.");
    grouping = '_';
    pos++;
  }
  if (spec[pos] === ',' && grouping === '_') throw valueError("Cannot specify both ',' and '_'.");
  if (spec[pos] === '.') {
    [precision, pos] = readSpecInt(spec, pos + 1);
    if (precision < 0) throw valueError('Format specifier missing precision');
  }
  let type = '';
  if (pos < n) {
    type = cpAt(spec, pos);
    if (pos + type.length < n) throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  const sp: Spec = { fill, align, sign, z, alt, zero, width, grouping, precision, type };
  if (specCache.size > 2000) specCache.clear();
  specCache.set(spec, sp);
  return sp;
}

function charForMessage(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : '\\x' + cp.toString(16);
}

/** Validates the grouping option against the effective type; returns the group length. */
function groupLength(sp: Spec, type: string): number {
  if (!sp.grouping) return 3;
  switch (type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
      return 3;
    case 'b': case 'o': case 'x': case 'X':
      if (sp.grouping === '_') return 4;
  }
  throw valueError(`Cannot specify '${sp.grouping}' with '${charForMessage(type)}'.`);
}

function unknownType(type: string, typeName: string): FormatError {
  return valueError(`Unknown format code '${charForMessage(type)}' for object of type '${typeName}'`);
}

/** _PyUnicode_InsertThousandsGrouping, including zero-padding to minWidth. */
function group(d: string, sep: string, glen: number, minWidth: number): string {
  if (!sep) return minWidth > d.length ? '0'.repeat(minWidth - d.length) + d : d;
  let remaining = d.length, mw = minWidth, end = d.length, out = '';
  for (;;) {
    const l = Math.min(glen, Math.max(remaining, mw, 1));
    const nz = Math.max(0, l - remaining), nc = Math.max(0, Math.min(remaining, l));
    out = '0'.repeat(nz) + d.slice(end - nc, end) + (out ? sep + out : '');
    end -= nc;
    remaining -= nc;
    mw -= l;
    if (remaining <= 0 && mw <= 0) return out;
    mw -= sep.length;
  }
}

/** calc_number_widths + fill_number: [lpad][sign][prefix][spad][grouped digits][rest][rpad]. */
function layoutNumber(sp: Spec, align: string, neg: boolean, prefix: string, digits: string, rest: string,
  restLen: number, sep: string, glen: number): string {
  const sign = neg ? '-' : sp.sign === '+' ? '+' : sp.sign === ' ' ? ' ' : '';
  const nonDigit = sign.length + prefix.length + restLen;
  const zeroEq = sp.fill === '0' && align === '=';
  const grouped = digits.length > 0 && (sep || zeroEq) ? group(digits, sep, glen, zeroEq ? sp.width - nonDigit : 0) : digits;
  const pad = sp.width - nonDigit - grouped.length;
  if (pad <= 0) return sign + prefix + grouped + rest;
  const f = sp.fill;
  switch (align) {
    case '<': return sign + prefix + grouped + rest + f.repeat(pad);
    case '^': return f.repeat(pad >> 1) + sign + prefix + grouped + rest + f.repeat(pad - (pad >> 1));
    case '=': return sign + prefix + f.repeat(pad) + grouped + rest;
    default: return f.repeat(pad) + sign + prefix + grouped + rest;
  }
}

function formatFloatSpec(x: number, sp: Spec, type: string): string {
  if (sp.precision > 2147483647) throw valueError('precision too big');
  let prec = sp.precision, code = type, addDot0 = false, pct = false, defPrec = 6;
  if (code === '') {
    addDot0 = true;
    code = 'r';
    defPrec = 0;
  } else if (code === 'n') code = 'g';
  else if (code === '%') {
    code = 'f';
    x *= 100;
    pct = true;
  }
  if (prec < 0) prec = defPrec;
  else if (code === 'r') code = 'g';
  let s = doubleToString(x, code, prec, sp.alt, addDot0, sp.z);
  if (pct) s += '%';
  if (sp.width < 0 && sp.sign !== '+' && sp.sign !== ' ' && !sp.grouping && type !== 'n') return s;
  const neg = s.charCodeAt(0) === 45;
  const b = neg ? 1 : 0;
  let i = b;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  const rest = s.slice(i);
  return layoutNumber(sp, sp.align || (sp.zero ? '=' : '>'), neg, '', s.slice(b, i), rest, rest.length,
    type === 'n' ? '' : sp.grouping, 3);
}

/** format(float, spec). typeName is used in error messages. */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  const sp = parseSpec(spec, typeName);
  const type = sp.type;
  groupLength(sp, type);
  switch (type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatSpec(x, sp, type);
  }
  throw unknownType(type, typeName);
}

const TWO63 = 9223372036854775808n;

/** format(int, spec). Empty spec gives str(int): callers formatting bool must handle '' themselves. */
/** A bigint in decimal (with its sign unless `signed` is false), within sys.get_int_max_str_digits(). */
function bigDecimal(v: bigint, signed = true): string {
  const d = decimalDigits(v);
  if (d === null) throw valueError(TO_STR_LIMIT());
  return signed && v < 0n ? '-' + d : d;
}

export function formatInt(v: number | bigint, spec: string, typeName = 'int'): string {
  if (spec === '') return typeof v === 'number' ? String(v) : bigDecimal(v);
  const sp = parseSpec(spec, typeName);
  const type = sp.type || 'd';
  const glen = groupLength(sp, type);
  let base = 10;
  switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      const x = Number(v);
      if (!isFinite(x)) throw overflowError('int too large to convert to float');
      return formatFloatSpec(x, sp, type);
    }
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    case 'c': case 'd': case 'n': break;
    default: throw unknownType(type, typeName);
  }
  if (sp.precision >= 0) throw valueError('Precision not allowed in integer format specifier');
  if (sp.z) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  const align = sp.align || (sp.zero ? '=' : '>');
  if (type === 'c') {
    if (sp.sign) throw valueError("Sign not allowed with integer format specifier 'c'");
    if (sp.alt) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === 'bigint' && (v >= TWO63 || v < -TWO63)) throw overflowError('Python int too large to convert to C long');
    if (v < 0 || v > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
    return layoutNumber(sp, align, false, '', '', String.fromCodePoint(Number(v)), 1, '', 3);
  }
  const neg = v < 0;
  let digits = base === 10 && typeof v === 'bigint' ? bigDecimal(v, false) : (neg ? -v : v).toString(base);
  let prefix = '';
  if (sp.alt && base !== 10) prefix = base === 2 ? '0b' : base === 8 ? '0o' : type === 'X' ? '0X' : '0x';
  if (type === 'X') digits = digits.toUpperCase();
  if (sp.width < 0 && !sp.sign && !sp.grouping) return (neg ? '-' : '') + prefix + digits;
  return layoutNumber(sp, align, neg, prefix, digits, '', 0, type === 'n' ? '' : sp.grouping, glen);
}

/** format(str, spec). */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const sp = parseSpec(spec, typeName);
  const type = sp.type || 's';
  groupLength(sp, type);
  if (type !== 's') throw unknownType(type, typeName);
  if (sp.sign) throw valueError(sp.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  if (sp.z) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (sp.alt) throw valueError('Alternate form (#) not allowed in string format specifier');
  const align = sp.align || '<';
  if (align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  let len = cpLen(s);
  if (sp.precision >= 0 && len > sp.precision) {
    s = cpSlice(s, sp.precision);
    len = sp.precision;
  }
  const pad = sp.width - len;
  if (pad <= 0) return s;
  if (align === '>') return sp.fill.repeat(pad) + s;
  if (align === '^') return sp.fill.repeat(pad >> 1) + s + sp.fill.repeat(pad - (pad >> 1));
  return s + sp.fill.repeat(pad);
}

// ---------------------------------------------------------------------------------------------
// printf-style str % args (Objects/unicodeobject.c).

export interface PercentHooks {
  str(v: unknown): string;
  repr(v: unknown): string;
  ascii(v: unknown): string;
  /** The value as a Python int (int, bool, or __index__-able), else null. Floats give null. */
  toInt(v: unknown): number | bigint | null;
  /** The value as a Python float (float or __float__-able), else null. */
  toFloat(v: unknown): number | null;
  typeName(v: unknown): string;
}

const INT_MAX = 2147483647;

function intToFloat(i: number | bigint): number {
  const x = Number(i);
  if (!isFinite(x)) throw overflowError('int too large to convert to float');
  return x;
}

function starArg(v: unknown, hooks: PercentHooks, isWidth: boolean): number {
  const i = hooks.toInt(v);
  if (i === null) throw typeError('* wants int');
  if (isWidth ? i >= TWO63 || i < -TWO63 : i > INT_MAX || i < -INT_MAX - 1) {
    throw overflowError(`Python int too large to convert to C ${isWidth ? 'ssize_t' : 'int'}`);
  }
  return Number(i);
}

function pctLong(v: unknown, type: string, alt: boolean, prec: number, hooks: PercentHooks): string {
  let i = hooks.toInt(v);
  if (i === null) {
    const hex = type === 'o' || type === 'x' || type === 'X';
    const f = hex ? null : hooks.toFloat(v);
    if (f === null) {
      throw typeError(`%${type} format: ${hex ? 'an integer' : 'a real number'} is required, not ${hooks.typeName(v)}`);
    }
    if (f !== f) throw valueError('cannot convert float NaN to integer');
    if (!isFinite(f)) throw overflowError('cannot convert float infinity to integer');
    const t = Math.trunc(f);
    i = Number.isSafeInteger(t) ? t + 0 : BigInt(t);
  }
  if (prec > INT_MAX - 3) throw overflowError('precision too large');
  const neg = i < 0;
  const base = type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
  let digits = base === 10 && typeof i === 'bigint' ? bigDecimal(i, false) : (neg ? -i : i).toString(base);
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  let s = (neg ? '-' : '') + (alt && base !== 10 ? (base === 8 ? '0o' : '0x') : '') + digits;
  if (type === 'X') s = s.toUpperCase();
  return s;
}

function pctChar(v: unknown, hooks: PercentHooks): string {
  if (typeof v === 'string') {
    if (v.length > 0 && cpAt(v, 0).length === v.length) return v;
    throw typeError('%c requires int or char');
  }
  const i = hooks.toInt(v);
  if (i === null) throw typeError('%c requires int or char');
  if (i < 0 || i > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(i));
}

/** CPython's argument cursor: len -1 means a single (non-tuple) value, taken once. */
class ArgCursor {
  len: number;
  idx = 0;
  single: unknown = undefined;
  constructor(readonly tuple: unknown[]) {
    this.len = tuple.length;
  }
  next(): unknown {
    if (this.idx < this.len) return this.len < 0 ? (this.idx++, this.single) : this.tuple[this.idx++];
    throw typeError('not enough arguments for format string');
  }
}

/**
 * fmt % args. `args`: the tuple, or a one-element array for a non-tuple operand (null: no arguments).
 * `getKey`: non-null when the right operand is a mapping (then pass args = [mapping] so that a
 * plain '%s' formats the mapping itself, as CPython does).
 */
export function percentFormat(fmt: string, args: unknown[] | null, getKey: ((key: string) => unknown) | null,
  hooks: PercentHooks): string {
  const n = fmt.length;
  if (fmt.indexOf('%') < 0) {
    if (args !== null && args.length > 0 && getKey === null) throw typeError('not all arguments converted during string formatting');
    return fmt;
  }
  const a = new ArgCursor(args ?? []);
  let out = '', i = 0;
  while (i < n) {
    const j = fmt.indexOf('%', i);
    if (j < 0) {
      out += i === 0 ? fmt : fmt.slice(i);
      break;
    }
    if (j > i) out += fmt.slice(i, j);
    i = j + 1;
    if (fmt.charCodeAt(i) === 37) {
      out += '%';
      i++;
      continue;
    }
    if (fmt[i] === '(') {
      if (getKey === null) throw typeError('format requires a mapping');
      const ks = ++i;
      let depth = 1;
      while (depth > 0 && i < n) {
        const c = fmt[i++];
        if (c === ')') depth--;
        else if (c === '(') depth++;
      }
      if (depth > 0) throw valueError('incomplete format key');
      a.single = getKey(fmt.slice(ks, i - 1));
      a.len = -1;
      a.idx = -2;
    }
    // '' marks the end of the format string
    let c = i < n ? fmt[i++] : '';
    let ljust = false, plus = false, blank = false, alt = false, zero = false;
    for (;; c = i < n ? fmt[i++] : '') {
      if (c === '-') ljust = true;
      else if (c === '+') plus = true;
      else if (c === ' ') blank = true;
      else if (c === '#') alt = true;
      else if (c === '0') zero = true;
      else break;
    }
    let width = -1, prec = -1;
    if (c === '*') {
      width = starArg(a.next(), hooks, true);
      if (width < 0) {
        ljust = true;
        width = -width;
      }
      c = i < n ? fmt[i++] : '';
    } else if (c >= '0' && c <= '9') {
      width = +c;
      while ((c = i < n ? fmt[i++] : '') >= '0' && c <= '9') {
        width = width * 10 + +c;
        if (width > 9.2e18) throw valueError('width too big');
      }
    }
    if (c === '.') {
      prec = 0;
      c = i < n ? fmt[i++] : '';
      if (c === '*') {
        prec = Math.max(0, starArg(a.next(), hooks, false));
        c = i < n ? fmt[i++] : '';
      } else if (c >= '0' && c <= '9') {
        prec = +c;
        while ((c = i < n ? fmt[i++] : '') >= '0' && c <= '9') {
          prec = prec * 10 + +c;
          if (prec > INT_MAX) throw valueError('precision too big');
        }
      }
    }
    if (c === 'h' || c === 'l' || c === 'L') c = i < n ? fmt[i++] : '';
    if (c === '') throw valueError('incomplete format');
    const v = a.next();
    let s: string, numeric = false;
    switch (c) {
      case 's': s = typeof v === 'string' ? v : hooks.str(v); break;
      case 'r': s = hooks.repr(v); break;
      case 'a': s = hooks.ascii(v); break;
      case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        s = pctLong(v, c, alt, prec, hooks);
        numeric = true;
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        const iv = hooks.toInt(v);
        const x = iv !== null ? intToFloat(iv) : hooks.toFloat(v);
        if (x === null) throw typeError(`must be real number, not ${hooks.typeName(v)}`);
        s = doubleToString(x, c, prec < 0 ? 6 : prec, alt, false, false);
        numeric = true;
        break;
      }
      case 'c': s = pctChar(v, hooks); break;
      default: {
        const ch = cpAt(fmt, i - 1);
        const cp = ch.codePointAt(0)!;
        const index = cpLen(fmt.slice(0, i - 1));
        throw valueError(`unsupported format character '${cp >= 31 && cp <= 126 ? ch : '?'}' (0x${cp.toString(16)}) at index ${index}`);
      }
    }
    out += width < 0 && prec < 0 && !plus && !blank ? s : pctPad(s, c, numeric, ljust, plus, blank, alt, zero, width, prec);
    if (getKey !== null && a.idx < a.len) throw typeError('not all arguments converted during string formatting');
  }
  if (a.idx < a.len && getKey === null) throw typeError('not all arguments converted during string formatting');
  return out;
}

/** unicode_format_arg_output. */
function pctPad(s: string, c: string, numeric: boolean, ljust: boolean, plus: boolean, blank: boolean,
  alt: boolean, zero: boolean, width: number, prec: number): string {
  let len = cpLen(s);
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !plus && !blank) return s;
  if ((c === 's' || c === 'r' || c === 'a') && prec >= 0 && len > prec) {
    s = cpSlice(s, prec);
    len = prec;
  }
  const fill = numeric && zero ? '0' : ' ';
  let sign = '', signed = numeric;
  if (numeric) {
    if (s[0] === '-' || s[0] === '+') {
      sign = s[0];
      s = s.slice(1);
      len--;
    } else if (plus) sign = '+';
    else if (blank) sign = ' ';
    else signed = false;
  }
  if (width < len) width = len;
  if (signed && width > len) width--;
  let prefix = '';
  if (alt && (c === 'x' || c === 'X' || c === 'o')) {
    prefix = s.slice(0, 2);
    s = s.slice(2);
    width = Math.max(0, width - 2);
    len -= 2;
  }
  let lpad = 0;
  if (width > len && !ljust) {
    lpad = width - len;
    width = len;
  }
  const res = fill === '0' ? sign + prefix + '0'.repeat(lpad) + s : ' '.repeat(lpad) + sign + prefix + s;
  return width > len ? res + ' '.repeat(width - len) : res;
}

// ---------------------------------------------------------------------------------------------
// str.format templates (Objects/stringlib/unicode_format.h).

export type TemplatePart =
  | { literal: string; escaped?: true }
  | { field: string; conversion: string | null; spec: string }
  // CPython's MarkupIterator parses lazily: the fields before a malformed piece are formatted
  // before its error is raised.
  | { error: FormatError };

/** The parts of a str.format template. With `splitAtEscapes`, a literal ends after the first brace
 * of each `{{` or `}}`, as _string.formatter_parser yields them. */
/** The parts of a template, checked whole (conversions too): throws its first error. */
export function parseFormatTemplate(fmt: string, splitAtEscapes = false): TemplatePart[] {
  const parts = formatTemplateParts(fmt, splitAtEscapes);
  for (const p of parts) {
    if ('error' in p) throw p.error;
    if ('field' in p && p.conversion !== null) checkConversion(p.conversion);
  }
  return parts;
}
/** The parts of a template as far as it parses, then its error as a last part (conversions unchecked). */
export function formatTemplateParts(fmt: string, splitAtEscapes = false): TemplatePart[] {
  const parts: TemplatePart[] = [];
  try {
    parseTemplateInto(parts, fmt, splitAtEscapes);
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    parts.push({ error: e });
  }
  return parts;
}
function parseTemplateInto(parts: TemplatePart[], fmt: string, splitAtEscapes: boolean): void {
  const n = fmt.length;
  let lit = '', i = 0;
  while (i < n) {
    const start = i;
    let c = '', markup = false;
    while (i < n) {
      c = fmt[i++];
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = i >= n;
    let len = i - start;
    if (markup && c === '}' && (atEnd || fmt[i] !== '}')) throw valueError("Single '}' encountered in format string");
    if (markup && atEnd && c === '{') throw valueError("Single '{' encountered in format string");
    if (markup) {
      if (fmt[i] === c) {
        i++;
        markup = false;
      } else len--;
    }
    lit += fmt.slice(start, start + len);
    if (splitAtEscapes && len > 0 && (fmt[start + len - 1] === '{' || fmt[start + len - 1] === '}') && !markup) {
      parts.push({ literal: lit, escaped: true });
      lit = '';
    }
    if (!markup) continue;
    if (lit) {
      parts.push({ literal: lit });
      lit = '';
    }
    // parse_field
    const fs = i;
    let t = '';
    while (i < n) {
      t = fmt[i++];
      if (t === '{') throw valueError("unexpected '{' in field name");
      if (t === '[') {
        while (i < n && fmt[i] !== ']') i++;
        continue;
      }
      if (t === '}' || t === ':' || t === '!') break;
    }
    const field = fmt.slice(fs, i - 1);
    let conversion: string | null = null, spec = '';
    if (t === '!' || t === ':') {
      let closed = false;
      if (t === '!') {
        if (i >= n) throw valueError('end of string while looking for conversion specifier');
        conversion = cpAt(fmt, i);
        i += conversion.length;
        if (i < n) {
          const d = fmt[i++];
          if (d === '}') closed = true;
          else if (d !== ':') throw valueError("expected ':' after conversion specifier");
        }
      }
      if (!closed) {
        const ss = i;
        let count = 1;
        while (i < n) {
          const d = fmt[i++];
          if (d === '{') count++;
          else if (d === '}' && --count === 0) break;
        }
        if (count !== 0) throw valueError("unmatched '{' in format spec");
        spec = fmt.slice(ss, i - 1);
      }
    } else if (t !== '}') throw valueError("expected '}' before end of string");
    parts.push({ field, conversion, spec });
  }
  if (lit) parts.push({ literal: lit });
}

/** str.format's check of a conversion character, made once its field has been looked up. */
export function checkConversion(conversion: string): void {
  if (conversion === 'r' || conversion === 's' || conversion === 'a') return;
  const cp = conversion.codePointAt(0)!;
  throw valueError(`Unknown conversion specifier ${cp > 32 && cp < 127 ? conversion : '\\x' + cp.toString(16)}`);
}

/** Value of a run of Unicode decimal digits (like Py_UNICODE_TODECIMAL), or -1 if s is not one. */
function fieldInteger(s: string): number {
  if (s === '') return -1;
  if (/^[0-9]+$/.test(s)) {
    if (s.length >= 19 && BigInt(s) > MAX_SSIZE) throw valueError('Too many decimal digits in format string');
    return Number(s);
  }
  if (!/^\p{Nd}+$/u.test(s)) return -1;
  let acc = 0n;
  for (const ch of s) {
    let cp = ch.codePointAt(0)!;
    // decimal digits are encoded in runs starting at a zero
    let k = 0;
    while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) { cp--; k++; }
    acc = acc * 10n + BigInt(k % 10);
    if (acc > MAX_SSIZE) throw valueError('Too many decimal digits in format string');
  }
  return Number(acc);
}

export function parseFieldName(field: string): { first: string | number; rest: Array<{ attr: string } | { index: string | number }> } {
  const n = field.length;
  let i = 0;
  while (i < n && field[i] !== '.' && field[i] !== '[') i++;
  const firstStr = field.slice(0, i);
  const fi = fieldInteger(firstStr);
  const rest: Array<{ attr: string } | { index: string | number }> = [];
  while (i < n) {
    const c = field[i++];
    const s = i;
    if (c === '.') {
      while (i < n && field[i] !== '.' && field[i] !== '[') i++;
      if (i === s) throw valueError('Empty attribute in format string');
      rest.push({ attr: field.slice(s, i) });
    } else if (c === '[') {
      while (i < n && field[i] !== ']') i++;
      if (i >= n) throw valueError("Missing ']' in format string");
      const name = field.slice(s, i++);
      const idx = fieldInteger(name);
      if (name === '') throw valueError('Empty attribute in format string');
      rest.push({ index: idx >= 0 ? idx : name });
    } else throw valueError("Only '.' or '[' may follow ']' in format field specifier");
  }
  return { first: fi >= 0 ? fi : firstStr, rest };
}
