// Port of CPython 3.11's Modules/_randommodule.c (MT19937) and the core of
// Lib/random.py. Every method consumes generator words exactly as CPython
// does, so identical seeds give bit-identical results.
import { createHash, randomBytes } from 'node:crypto';

/** A Python int: a JS number when it is a safe integer, otherwise a bigint. */
export type PyInt = number | bigint;

export type RandomErrorKind = 'ValueError' | 'TypeError' | 'IndexError' | 'ZeroDivisionError' | 'OverflowError';

export class RandomError extends Error {
  constructor(public kind: RandomErrorKind, message: string) {
    super(message);
    this.name = kind;
  }
}

/** IndexError message of `random.choice` on an empty sequence. */
export const EMPTY_CHOICE_MESSAGE = 'Cannot choose from an empty sequence';

/** Mirrors `Random.getstate()`: `(version, internal, gauss_next)`; `internal` is 624 words plus the index. */
export interface MTState {
  version: number;
  internal: readonly PyInt[];
  gaussNext: number | null;
}

const N = 624;
const M = 397;
const TWO32 = 4294967296;
const NV_MAGICCONST = 1.7155277699214135; // 4 * exp(-0.5) / sqrt(2.0)
const LOG4 = 1.3862943611198906;
const SG_MAGICCONST = 2.504077396776274; // 1.0 + log(4.5)
const TWOPI = 6.283185307179586;
const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);
const HASH_MODULUS = (1n << 61n) - 1n;

const valueError = (m: string) => new RandomError('ValueError', m);

/** Canonical PyInt form of a bigint. */
function norm(b: bigint): PyInt {
  return b >= -MAX_SAFE_BIG && b <= MAX_SAFE_BIG ? Number(b) : b;
}

function canon(x: PyInt): PyInt {
  if (typeof x === 'bigint') return norm(x);
  return Number.isSafeInteger(x) ? x : norm(BigInt(x));
}

function add(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (Number.isSafeInteger(s)) return s;
  }
  return norm(BigInt(a) + BigInt(b));
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
}

function bitLength(n: PyInt): number {
  if (typeof n === 'number') {
    return n < TWO32 ? 32 - Math.clz32(n) : 32 + (32 - Math.clz32(Math.floor(n / TWO32)));
  }
  return n === 0n ? 0 : n.toString(2).length;
}

/** Little-endian 32-bit words of a non-negative int, at least one word (as `random_seed` builds the key). */
function keyWords(n: PyInt): number[] {
  if (typeof n === 'number') return n < TWO32 ? [n] : [n % TWO32, Math.floor(n / TWO32)];
  const words: number[] = [];
  do {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  return words;
}

/** CPython's `hash(float)` (`_Py_HashDouble`), for finite and infinite values. */
function hashFloat(v: number): bigint {
  if (v === Infinity) return 314159n;
  if (v === -Infinity) return -314159n;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  const bits = view.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const mant = expBits === 0 ? frac : frac | (1n << 52n);
  const e = expBits === 0 ? -1074 : expBits - 1075;
  // |v| = mant * 2**e, and 2**61 == 1 (mod 2**61 - 1).
  const shift = e >= 0 ? e % 61 : 60 - ((-1 - e) % 61);
  let x = ((mant % HASH_MODULUS) << BigInt(shift)) % HASH_MODULUS;
  if (v < 0) x = -x;
  return x === -1n ? -2n : x;
}

// ---- libm -----------------------------------------------------------------
// CPython calls the C libm, whose log/exp/sin/cos/acos/pow are (nearly always)
// correctly rounded; V8's Math.* are not. These evaluate in double-double
// (~104 bits) and round once, so results match glibc bit for bit.

type DD = readonly [number, number];
const SPLIT = 134217729; // 2**27 + 1
const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const PIO2_1 = 1.5707963267948966;
const PIO2_2 = 6.123233995736766e-17;
const PIO2_3 = -1.4973849048591698e-33;
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer); // little-endian: U32[1] is the high word

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const v = s - a;
  return [s, a - (s - v) + (b - v)];
}
function fastTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}
function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}
function ddAdd(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [s2, e2] = fastTwoSum(s, e + t);
  return fastTwoSum(s2, e2 + f);
}
function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return fastTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}
function ddMulD(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return fastTwoSum(p, e + a[1] * b);
}
function ddDiv(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  const r1 = ddAdd(a, ddMulD(b, -q1));
  const q2 = r1[0] / b[0];
  const r2 = ddAdd(r1, ddMulD(b, -q2));
  return ddAdd(fastTwoSum(q1, q2), [r2[0] / b[0], 0]);
}
const ddNeg = (a: DD): DD => [-a[0], -a[1]];
const ddScale = (a: DD, k: number): DD => [a[0] * k, a[1] * k]; // k a power of two

/** Double-double k-th coefficient 1 / den(k) (negated for odd k when alternating), k = 0..n. */
function series(n: number, den: (k: number) => number, alternate: boolean): DD[] {
  return Array.from({ length: n + 1 }, (_, k) => {
    const c = ddDiv([1, 0], [den(k), 0]);
    return alternate && k % 2 ? ddNeg(c) : c;
  });
}
const fact = (k: number): number => (k <= 1 ? 1 : k * fact(k - 1)); // exact up to 22!
const ATANH_C = series(22, (k) => 2 * k + 1, false); // 1/(2k+1)
const EXP_C = series(10, fact, false).slice(1); // 1/k!, k >= 1
const SIN_C = series(9, (k) => fact(2 * k + 1), true); // (-1)^k/(2k+1)!
const COS_C = series(9, (k) => fact(2 * k), true); // (-1)^k/(2k)!

function horner(c: readonly DD[], z: DD): DD {
  let p = c[c.length - 1];
  for (let k = c.length - 2; k >= 0; k--) p = ddAdd(ddMul(p, z), c[k]);
  return p;
}

/** log(x) for finite x > 0. */
function ddLog(x: number): DD {
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2**54
    e = -54;
  }
  F64[0] = x;
  const hi = U32[1];
  e += (hi >>> 20) - 1023;
  U32[1] = (hi & 0x000fffff) | 0x3ff00000;
  let m = F64[0];
  if (m > Math.SQRT2) {
    m /= 2;
    e++;
  }
  const f = m - 1;
  const le = ddMulD(LN2, e);
  if (f === 0) return le;
  const s = ddDiv([f, 0], twoSum(2, f)); // log(m) = 2 atanh(s)
  return ddAdd(le, ddScale(ddMul(s, horner(ATANH_C, ddMul(s, s))), 2));
}

/** exp(a) for |a| < 709. */
function ddExp(a: DD): DD {
  const n = Math.round(a[0] / LN2[0]);
  const r = ddScale(ddAdd(a, ddNeg(ddMulD(LN2, n))), 1 / 256);
  let em1 = ddMul(horner(EXP_C, r), r);
  for (let i = 0; i < 8; i++) em1 = ddMul(em1, ddAdd([2, 0], em1));
  const n1 = n >> 1;
  return ddScale(ddScale(ddAdd([1, 0], em1), 2 ** n1), 2 ** (n - n1));
}

/** [sin(x), cos(x)] for |x| < 2**20. */
function ddSinCos(x: number): [DD, DD] {
  const n = Math.round(x / PIO2_1);
  let r = ddAdd([x, 0], ddNeg(twoProd(n, PIO2_1)));
  r = ddAdd(r, ddNeg(twoProd(n, PIO2_2)));
  r = ddScale(ddAdd(r, [-n * PIO2_3, 0]), 1 / 8);
  const z = ddMul(r, r);
  let s = ddMul(r, horner(SIN_C, z));
  let c = horner(COS_C, z);
  for (let i = 0; i < 3; i++) {
    [s, c] = [ddScale(ddMul(s, c), 2), ddAdd([1, 0], ddScale(ddMul(s, s), -2))];
  }
  switch (((n % 4) + 4) % 4) {
    case 0: return [s, c];
    case 1: return [c, ddNeg(s)];
    case 2: return [ddNeg(s), ddNeg(c)];
    default: return [ddNeg(c), s];
  }
}

const mathDomain = () => valueError('math domain error');

function pyLog(x: number): number {
  if (x > 0 && x < Infinity) {
    const [h, l] = ddLog(x);
    return h + l;
  }
  if (x <= 0) throw mathDomain();
  return x; // inf or nan
}

function pyExp(x: number): number {
  if (!Number.isFinite(x)) return x === -Infinity ? 0 : x;
  if (x < -746) return 0;
  if (x < -708) return expTiny([x, 0]);
  const [h, l] = ddExp([x, 0]);
  if (!Number.isFinite(h)) throw new RandomError('OverflowError', 'math range error');
  return h + l;
}

/** exp(a) for results near or below 2**-1022: computed scaled up by 2**64. */
function expTiny(a: DD): number {
  if (a[0] < -746) return 0;
  const [h, l] = ddExp(ddAdd(a, ddMulD(LN2, 64)));
  return (h + l) * 2 ** -64;
}

function pyCos(x: number): number {
  if (!Number.isFinite(x)) {
    if (x === x) throw mathDomain();
    return x;
  }
  if (Math.abs(x) >= 1048576) return Math.cos(x);
  const [h, l] = ddSinCos(x)[1];
  return h + l;
}

function pySin(x: number): number {
  if (!Number.isFinite(x)) {
    if (x === x) throw mathDomain();
    return x;
  }
  if (x === 0 || Math.abs(x) >= 1048576) return x === 0 ? x : Math.sin(x);
  const [h, l] = ddSinCos(x)[0];
  return h + l;
}

function pyAcos(x: number): number {
  if (x > 1 || x < -1) throw mathDomain();
  const y = Math.acos(x);
  if (x === 1 || x === -1 || x !== x) return y;
  // One Newton step on cos(y) = x from V8's estimate.
  const [s, c] = ddSinCos(y);
  const d = ddAdd(c, [-x, 0]);
  return y + (d[0] + d[1]) / (s[0] + s[1]);
}

/** Python float `**` for the cases the distributions can reach. */
function pyPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (x === 0 && y < 0) throw new RandomError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  if (!(x > 0) || !Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === -1 && !Number.isFinite(y)) return 1;
    const r = x ** y;
    if (r === Infinity && Number.isFinite(x) && Number.isFinite(y)) throw overflow();
    return r;
  }
  const lg = ddLog(x);
  const t = y * lg[0];
  if (t > 709.8) throw overflow();
  if (t < -708) return expTiny(ddMulD(lg, y));
  const [h, l] = ddExp(ddMulD(lg, y));
  if (!Number.isFinite(h)) throw overflow();
  return h + l;
}

const overflow = () => new RandomError('OverflowError', "(34, 'Numerical result out of range')");

function pyDiv(a: number, b: number): number {
  if (b === 0) throw new RandomError('ZeroDivisionError', 'float division by zero');
  return a / b;
}

function pyMod(a: number, b: number): number {
  let m = a % b;
  if (m) {
    if (b < 0 !== m < 0) m += b;
  } else {
    m = b < 0 ? -0 : 0;
  }
  return m;
}

/** Converts a randrange argument as `_index` / `int()` would, with 3.11's errors. */
function rangeArg(x: PyInt, what: string): PyInt {
  if (typeof x === 'bigint') return norm(x);
  if (Number.isSafeInteger(x)) return x;
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new RandomError('OverflowError', 'cannot convert float infinity to integer');
  if (!Number.isInteger(x)) throw valueError(`non-integer ${what} for randrange()`);
  return norm(BigInt(x));
}

export class MersenneTwister {
  private readonly mt = new Uint32Array(N);
  private index = N;
  private gaussNext: number | null = null;

  constructor(seed: PyInt | string | Uint8Array | null = null) {
    this.seed(seed);
  }

  // ---- core generator -------------------------------------------------

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s;
    for (let i = 1; i < N; i++) {
      const p = mt[i - 1];
      mt[i] = Math.imul(1812433253, p ^ (p >>> 30)) + i;
    }
    this.index = N;
  }

  private initByArray(key: ArrayLike<number>): void {
    const mt = this.mt;
    const len = key.length;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, len); k > 0; k--) {
      const p = mt[i - 1];
      mt[i] = (mt[i] ^ Math.imul(p ^ (p >>> 30), 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const p = mt[i - 1];
      mt[i] = (mt[i] ^ Math.imul(p ^ (p >>> 30), 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    this.index = 0;
  }

  /** genrand_uint32 */
  private next32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    return (y ^ (y >>> 18)) >>> 0;
  }

  /** k random bits for 33 <= k <= 53, least significant word first. */
  private bitsNum(k: number): number {
    const lo = this.next32();
    return (this.next32() >>> (64 - k)) * TWO32 + lo;
  }

  private bitsBig(k: number): bigint {
    const words = ((k - 1) >>> 5) + 1;
    const hex: string[] = new Array(words);
    for (let i = 0; i < words; i++, k -= 32) {
      let r = this.next32();
      if (k < 32) r >>>= 32 - k;
      hex[words - 1 - i] = r.toString(16).padStart(8, '0');
    }
    return BigInt('0x' + hex.join(''));
  }

  // ---- seeding and state ----------------------------------------------

  /**
   * `random.seed(a)` with version 2. A non-integral number is hashed as a
   * Python float (use `seedFloat` for integral floats, e.g. `-3.0`).
   */
  seed(a: PyInt | string | Uint8Array | null = null): void {
    if (a === null) {
      const bytes = randomBytes(N * 4);
      const key = new Array<number>(N);
      for (let i = 0; i < N; i++) key[i] = bytes.readUInt32LE(i * 4);
      this.initByArray(key);
    } else if (typeof a === 'string' || a instanceof Uint8Array) {
      const bytes = typeof a === 'string' ? Buffer.from(a, 'utf8') : Buffer.from(a);
      const digest = createHash('sha512').update(bytes).digest();
      this.initByArray(keyWords(BigInt('0x' + Buffer.concat([bytes, digest]).toString('hex'))));
    } else if (typeof a === 'number' && !Number.isInteger(a)) {
      this.seedFloat(a);
      return;
    } else {
      const n = canon(a);
      this.initByArray(keyWords(typeof n === 'number' ? Math.abs(n) : n < 0n ? -n : n));
    }
    this.gaussNext = null;
  }

  /** `random.seed(x)` for a Python float `x` (seeds from `hash(x)` as a size_t). NaN hashes by identity, so it seeds randomly. */
  seedFloat(x: number): void {
    if (Number.isNaN(x)) {
      this.seed(null);
      return;
    }
    const h = hashFloat(x);
    this.initByArray(keyWords(h < 0n ? h + (1n << 64n) : h));
    this.gaussNext = null;
  }

  getstate(): MTState {
    return { version: 3, internal: [...this.mt, this.index], gaussNext: this.gaussNext };
  }

  setstate(state: MTState): void {
    const { version } = state;
    if (version !== 3 && version !== 2) {
      throw valueError(`state with version ${version} passed to Random.setstate() of version 3`);
    }
    this.gaussNext = state.gaussNext;
    let internal = state.internal;
    if (version === 2) {
      internal = internal.map((x) => norm(((BigInt(x) % 4294967296n) + 4294967296n) % 4294967296n));
    }
    if (internal.length !== N + 1) throw valueError('state vector is the wrong size');
    const words = new Uint32Array(N);
    for (let i = 0; i < N; i++) {
      const w = internal[i];
      if (w < 0) throw new RandomError('OverflowError', "can't convert negative value to unsigned int");
      words[i] = typeof w === 'bigint' ? Number(BigInt.asUintN(32, w)) : w % TWO32;
    }
    const index = internal[N];
    if (index < 0 || index > N) throw valueError('invalid state');
    this.mt.set(words);
    this.index = Number(index);
  }

  // ---- integers -------------------------------------------------------

  /** genrand_res53 */
  random(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
  }

  getrandbits(k: PyInt): PyInt {
    if (k < 0) throw valueError('number of bits must be non-negative');
    const kn = Number(k);
    if (kn <= 32) return kn === 0 ? 0 : this.next32() >>> (32 - kn);
    if (kn <= 53) return this.bitsNum(kn);
    return norm(this.bitsBig(kn));
  }

  randbytes(n: number): Uint8Array {
    if (n < 0) throw valueError('number of bits must be non-negative');
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 4) {
      const rest = n - i;
      const r = rest < 4 ? this.next32() >>> (32 - 8 * rest) : this.next32();
      for (let b = 0; b < 4 && b < rest; b++) out[i + b] = (r >>> (8 * b)) & 0xff;
    }
    return out;
  }

  /** `_randbelow_with_getrandbits(n)`, for n > 0. */
  randbelow(n: PyInt): PyInt {
    n = canon(n);
    if (n <= 0) throw valueError('empty range for randrange()');
    if (typeof n === 'number') {
      if (n < TWO32) {
        const s = Math.clz32(n);
        let r = this.next32() >>> s;
        while (r >= n) r = this.next32() >>> s;
        return r;
      }
      const k = bitLength(n);
      let r = this.bitsNum(k);
      while (r >= n) r = this.bitsNum(k);
      return r;
    }
    const k = bitLength(n);
    let r = this.bitsBig(k);
    while (r >= n) r = this.bitsBig(k);
    return norm(r);
  }

  randrange(start: PyInt, stop?: PyInt | null, step?: PyInt): PyInt {
    const istart = rangeArg(start, 'arg 1');
    if (stop === undefined || stop === null) {
      if (step !== undefined && step !== 1 && step !== 1n) throw new RandomError('TypeError', 'Missing a non-None stop argument');
      if (istart > 0) return this.randbelow(istart);
      throw valueError('empty range for randrange()');
    }
    const istop = rangeArg(stop, 'stop');
    const istep = step === undefined ? 1 : rangeArg(step, 'step');
    if (istep === 1) {
      let width: PyInt | undefined;
      if (typeof istart === 'number' && typeof istop === 'number') {
        const w = istop - istart;
        if (Number.isSafeInteger(w)) {
          if (w > 0) return istart + (this.randbelow(w) as number);
          width = w;
        }
      }
      width ??= norm(BigInt(istop) - BigInt(istart));
      if (width > 0) return add(istart, this.randbelow(width));
      throw valueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    const bstep = BigInt(istep);
    const width = BigInt(istop) - BigInt(istart);
    let n: bigint;
    if (bstep > 0n) n = floorDiv(width + bstep - 1n, bstep);
    else if (bstep < 0n) n = floorDiv(width + bstep + 1n, bstep);
    else throw valueError('zero step for randrange()');
    if (n <= 0n) throw valueError('empty range for randrange()');
    return norm(BigInt(istart) + bstep * BigInt(this.randbelow(n)));
  }

  randint(a: PyInt, b: PyInt): PyInt {
    return this.randrange(a, typeof b === 'number' && !Number.isSafeInteger(b) ? b + 1 : add(b, 1));
  }

  // ---- sequences ------------------------------------------------------

  /** Index picked by `choice(seq)` with `len(seq) == n`. */
  choiceIndex(n: number): number {
    if (n <= 0) throw new RandomError('IndexError', EMPTY_CHOICE_MESSAGE);
    return this.randbelow(n) as number;
  }

  shuffle<T>(x: T[]): void {
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.randbelow(i + 1) as number;
      const t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
  }

  /** Indices picked by `sample(population, k)` with `len(population) == n`, in selection order. */
  sampleIndices(n: number, k: number): number[];
  sampleIndices(n: PyInt, k: number): PyInt[];
  sampleIndices(n: PyInt, k: number): PyInt[] {
    n = canon(n);
    if (n > 9223372036854775807n) throw new RandomError('OverflowError', 'Python int too large to convert to C ssize_t');
    if (!(k >= 0 && k <= n)) throw valueError('Sample larger than population or is negative');
    const result = new Array<PyInt>(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(pyLog(k * 3) / pyLog(4));
    if (n <= setsize) {
      const size = Number(n);
      const pool = Array.from({ length: size }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(size - i) as number;
        result[i] = pool[j];
        pool[j] = pool[size - i - 1];
      }
    } else {
      const selected = new Set<PyInt>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /**
   * Indices picked by `choices(population, cum_weights=cumWeights, k=k)` with
   * `len(population) == n` (`weights` must be accumulated by the caller).
   * Unweighted with n == 0 and k > 0, CPython draws once and then fails to
   * index: this returns `[0]` so the caller's indexing raises its IndexError.
   */
  choicesIndices(n: number, k: number, cumWeights?: readonly number[]): number[] {
    const out: number[] = [];
    if (cumWeights === undefined) {
      if (n === 0 && k > 0) {
        this.random();
        return [0];
      }
      for (let i = 0; i < k; i++) out.push(Math.floor(this.random() * n));
      return out;
    }
    if (cumWeights.length !== n) throw valueError('The number of weights does not match the population');
    if (n === 0) throw new RandomError('IndexError', 'list index out of range');
    const total = cumWeights[n - 1] + 0.0;
    if (total <= 0.0) throw valueError('Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw valueError('Total of weights must be finite');
    for (let i = 0; i < k; i++) {
      const x = this.random() * total;
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (x < cumWeights[mid]) hi = mid;
        else lo = mid + 1;
      }
      out.push(lo);
    }
    return out;
  }

  // ---- real-valued distributions ---------------------------------------

  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  triangular(low = 0.0, high = 1.0, mode: number | null = null): number {
    let u = this.random();
    let c: number;
    if (mode === null) {
      c = 0.5;
    } else {
      if (high - low === 0) return low;
      c = (mode - low) / (high - low);
    }
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return low + (high - low) * Math.sqrt(u * c);
  }

  normalvariate(mu = 0.0, sigma = 1.0): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      if ((z * z) / 4.0 <= -pyLog(u2)) break;
    }
    return mu + z * sigma;
  }

  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * pyLog(1.0 - this.random()));
      z = pyCos(x2pi) * g2rad;
      this.gaussNext = pySin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  lognormvariate(mu: number, sigma: number): number {
    return pyExp(this.normalvariate(mu, sigma));
  }

  expovariate(lambd: number): number {
    return pyDiv(-pyLog(1.0 - this.random()), lambd);
  }

  vonmisesvariate(mu: number, kappa: number): number {
    if (kappa <= 1e-6) return TWOPI * this.random();
    const s = 0.5 / kappa;
    const r = s + Math.sqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = this.random();
      z = pyCos(Math.PI * u1);
      const d = z / (r + z);
      const u2 = this.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * pyExp(d)) break;
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const u3 = this.random();
    return u3 > 0.5 ? pyMod(mu + pyAcos(f), TWOPI) : pyMod(mu - pyAcos(f), TWOPI);
  }

  gammavariate(alpha: number, beta: number): number {
    if (alpha <= 0.0 || beta <= 0.0) throw valueError('gammavariate: alpha and beta must be > 0.0');
    if (alpha > 1.0) {
      const ainv = Math.sqrt(2.0 * alpha - 1.0);
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.random();
        const v = pyLog(u1 / (1.0 - u1)) / ainv;
        const x = alpha * pyExp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= pyLog(z)) return x * beta;
      }
    }
    if (alpha === 1.0) return -pyLog(1.0 - this.random()) * beta;
    let x: number;
    for (;;) {
      const u = this.random();
      const b = (Math.E + alpha) / Math.E;
      const p = b * u;
      x = p <= 1.0 ? pyPow(p, 1.0 / alpha) : -pyLog((b - p) / alpha);
      const u1 = this.random();
      if (p > 1.0) {
        if (u1 <= pyPow(x, alpha - 1.0)) break;
      } else if (u1 <= pyExp(-x)) {
        break;
      }
    }
    return x * beta;
  }

  betavariate(alpha: number, beta: number): number {
    const y = this.gammavariate(alpha, 1.0);
    return y ? y / (y + this.gammavariate(beta, 1.0)) : 0.0;
  }

  paretovariate(alpha: number): number {
    const u = 1.0 - this.random();
    return pyPow(u, pyDiv(-1.0, alpha));
  }

  weibullvariate(alpha: number, beta: number): number {
    const u = 1.0 - this.random();
    return alpha * pyPow(-pyLog(u), pyDiv(1.0, beta));
  }
}

/** The libm functions above, with CPython's `math` errors, for reuse and testing. */
export const cpythonMath = { log: pyLog, exp: pyExp, cos: pyCos, sin: pySin, acos: pyAcos, pow: pyPow } as const;

const LOG2E: DD = [1.4426950408889634, 2.0355273740931033e-17];
const LOG10E: DD = [0.4342944819032518, 1.098319650216765e-17];
const ddSum = (a: DD): number => a[0] + a[1];
/** libm-like functions rounded from double-double results (glibc's are correctly rounded or nearly so;
 *  V8's are off by an ulp now and then). Special values follow C99: no exceptions are thrown. */
export const libm = {
  log: (x: number): number => (x > 0 && x < Infinity ? ddSum(ddLog(x)) : x === 0 ? -Infinity : x > 0 || x !== x ? x : NaN),
  log2: (x: number): number => (x > 0 && x < Infinity ? ddSum(ddMul(ddLog(x), LOG2E)) : Math.log2(x)),
  log10: (x: number): number => (x > 0 && x < Infinity ? ddSum(ddMul(ddLog(x), LOG10E)) : Math.log10(x)),
  exp: (x: number): number => {
    if (!Number.isFinite(x)) return x === -Infinity ? 0 : x;
    if (x > 709.8) return Infinity;
    if (x < -708) return expTiny([x, 0]);
    const [h, l] = ddExp([x, 0]);
    return Number.isFinite(h) ? h + l : h;
  },
  sin: (x: number): number => (Number.isFinite(x) ? pySin(x) : x - x),
  cos: (x: number): number => (Number.isFinite(x) ? pyCos(x) : x - x),
  tan: (x: number): number => {
    if (!Number.isFinite(x)) return x - x;
    if (x === 0 || Math.abs(x) >= 1048576) return x === 0 ? x : Math.tan(x);
    const [s, c] = ddSinCos(x);
    return ddSum(ddDiv(s, c));
  },
  /** V8's atan2 refined by one Newton step on x*sin(t) - y*cos(t) = 0 (finite, nonzero arguments). */
  atan2: (y: number, x: number): number => {
    const t = Math.atan2(y, x);
    if (!Number.isFinite(x) || !Number.isFinite(y) || y === 0 || x === 0 || Math.abs(y / x) < 1e-150 || Math.abs(y / x) > 1e150) return t;
    // Scale both arguments to near 1 (an exact power of two) so the residual neither overflows nor underflows.
    const k = 2 ** -Math.floor(Math.log2(Math.max(Math.abs(x), Math.abs(y))));
    const xs = x * k, ys = y * k;
    const [s, c] = ddSinCos(t);
    const f = ddAdd(ddMulD(s, xs), ddNeg(ddMulD(c, ys)));
    const g = ddAdd(ddMulD(c, xs), ddMulD(s, ys));
    return t - ddSum(f) / ddSum(g);
  },
  asin: (x: number): number => {
    const t = Math.asin(x);
    if (!(Math.abs(x) < 1) || x === 0 || Math.abs(x) < 1e-8) return t;
    const [s, c] = ddSinCos(t);
    const d = ddAdd(s, [-x, 0]);
    return t - ddSum(d) / ddSum(c);
  },
  acos: (x: number): number => (x > 1 || x < -1 ? NaN : pyAcos(x)),
  exp2: (x: number): number => {
    if (!Number.isFinite(x)) return x === -Infinity ? 0 : x;
    if (x >= 1024) return Infinity;
    if (Number.isInteger(x) && x >= -1074) return 2 ** x;
    if (x < -1022) return x < -1080 ? 0 : ddSum(ddExp(ddMulD(LN2, x + 64))) * 2 ** -64;
    return ddSum(ddExp(ddMulD(LN2, x)));
  },
} as const;
