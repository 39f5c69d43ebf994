// Arbitrary-precision int arithmetic: JS numbers while safe, bigint beyond. Results are normalised.
export type Int = number | bigint;

const MAX = Number.MAX_SAFE_INTEGER;

export function norm(b: bigint): Int {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
export function big(a: Int): bigint { return typeof a === 'bigint' ? a : BigInt(a); }

export function add(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r >= -MAX && r <= MAX) return r;
  }
  return norm(big(a) + big(b));
}
export function sub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= -MAX && r <= MAX) return r;
  }
  return norm(big(a) - big(b));
}
export function mul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r > -MAX && r < MAX) return r === 0 ? 0 : r;
  }
  return norm(big(a) * big(b));
}
/** Floor division; caller has checked b != 0. */
export function floordiv(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const q = Math.floor(a / b);
    // a/b is exact enough for safe integers except near 2**53; verify.
    if (Number.isSafeInteger(q) && Math.abs(a) < 2 ** 52) return q === 0 ? 0 : q;
  }
  const x = big(a), y = big(b);
  let q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return norm(q);
}
export function mod(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    const m = r !== 0 && (r < 0) !== (b < 0) ? r + b : r;
    return m === 0 ? 0 : m;
  }
  const x = big(a), y = big(b);
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return norm(r);
}
export function neg(a: Int): Int {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return norm(-a);
}
export function pow(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a ** b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) ** big(b));
}
export function powmod(a: Int, b: Int, m: Int): Int {
  let base = big(a), e = big(b);
  const mm = big(m);
  const neg = mm < 0n;
  const mabs = neg ? -mm : mm;
  base = ((base % mabs) + mabs) % mabs;
  let r = 1n % mabs;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % mabs;
    base = (base * base) % mabs;
    e >>= 1n;
  }
  if (neg && r !== 0n) r -= mabs;
  return norm(r);
}
export function cmp(a: Int, b: Int): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const x = big(a), y = big(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
export function bitand(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b >= 0 && a <= 0x7fffffff && b <= 0x7fffffff) return a & b;
  return norm(big(a) & big(b));
}
export function bitor(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b >= 0 && a <= 0x7fffffff && b <= 0x7fffffff) return a | b;
  return norm(big(a) | big(b));
}
export function bitxor(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b >= 0 && a <= 0x7fffffff && b <= 0x7fffffff) return a ^ b;
  return norm(big(a) ^ big(b));
}
export function invert(a: Int): Int { return sub(neg(a), 1); }
export function lshift(a: Int, n: Int): Int {
  if (typeof a === 'number' && typeof n === 'number' && n < 31 && a >= 0 && a < 2 ** 21) return a * 2 ** n;
  return norm(big(a) << big(n));
}
export function rshift(a: Int, n: Int): Int {
  if (typeof a === 'number' && typeof n === 'number') {
    if (n > 60) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** n);
  }
  return norm(big(a) >> big(n));
}
export function toFloat(a: Int): number { return typeof a === 'number' ? a : Number(a); }
export function isZero(a: Int): boolean { return a === 0 || a === 0n; }
export function sign(a: Int): number { return typeof a === 'number' ? Math.sign(a) : a < 0n ? -1 : a > 0n ? 1 : 0; }
export function abs(a: Int): Int { return sign(a) < 0 ? neg(a) : a; }
export function bitLength(a: Int): number {
  if (typeof a === 'number') { const x = Math.abs(a); return x === 0 ? 0 : x < 2 ** 31 ? 32 - Math.clz32(x) : big(x).toString(2).length; }
  return (a < 0n ? -a : a).toString(2).length;
}
/** int(float): truncation; caller rejects nan/inf. */
export function fromFloat(x: number): Int {
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
}
/** Exact true division of ints, correctly rounded like CPython. */
/** a / b correctly rounded (CPython's long_true_divide); ±Infinity when too large for a float. */
export function truediv(a: Int, b: Int): number {
  // Both exact as doubles: IEEE division is correctly rounded.
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) <= 2 ** 53 && Math.abs(b) <= 2 ** 53) return a / b;
  const x = big(a), y = big(b);
  const ax = x < 0n ? -x : x, ay = y < 0n ? -y : y;
  const negative = (x < 0n) !== (y < 0n);
  if (ax === 0n) return negative ? -0 : 0;
  const diff = ax.toString(2).length - ay.toString(2).length;
  if (diff > 1025) return negative ? -Infinity : Infinity;
  // Scale so the integer quotient has 55+ bits (fewer when the result is subnormal), round it
  // half-even to the bits a double keeps there (the remainder as a sticky bit), then scale back.
  const shift = Math.max(diff, -1021) - 53 - 2;
  let q: bigint, r: bigint;
  if (shift <= 0) { const n = ax << BigInt(-shift); q = n / ay; r = n % ay; }
  else { const d = ay << BigInt(shift); q = ax / d; r = ax % d; }
  const extra = Math.max(q.toString(2).length, -1021 - shift) - 53;
  if (extra > 0) {
    const e = BigInt(extra), half = 1n << (e - 1n), low = q & ((1n << e) - 1n);
    q >>= e;
    if (low > half || (low === half && (r !== 0n || (q & 1n) === 1n))) q += 1n;
    q <<= e;
  }
  const m = Number(q), p = shift;
  const v = p < -1000 ? m * 2 ** (p + 60) * 2 ** -60 : m * 2 ** p;
  return negative ? -v : v;
}

/** sys.set_int_max_str_digits: the most decimal digits int<->str conversion accepts (0: no limit). */
export const maxStrDigits = { v: 4300 };
export const TO_STR_LIMIT = () => `Exceeds the limit (${maxStrDigits.v} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`;
export const FROM_STR_LIMIT = (n: number) =>
  `Exceeds the limit (${maxStrDigits.v} digits) for integer string conversion: value has ${n} digits; use sys.set_int_max_str_digits() to increase the limit`;
/** The decimal digits of |v|, or null when there are more than the limit allows. */
export function decimalDigits(v: Int): string | null {
  const s = (v < 0 ? -v : v).toString();
  return maxStrDigits.v > 0 && s.length > maxStrDigits.v ? null : s;
}
