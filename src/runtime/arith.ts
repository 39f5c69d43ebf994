// Native arithmetic and comparison on builtin values (int, bool, float, str, list, tuple, set, dict, bytes).
import { PyVal, NotImplemented, PyFloat } from './object';
import { PyList, PyTuple, PyBytes, listType, tupleType, tuple, frozensetType, setType } from './types';
import { PyDict, PySet, setDifference, setIntersection, setCopy, setUpdate, setSymmetricDifference } from './dict';
import { pyErr, newExc, ZeroDivisionError, ValueError, OverflowError, TypeError, MemoryError } from './exceptions';
import * as I from './int';
import { nativeBinop, nativeCompare, richCompare, asInt, intToFloat, eq, indexOf, CmpOp, typeName, repeatCount } from './ops';
import { cmpStr } from './codepoints';
import { cpythonMath } from './modules/mersenne';

function num(v: PyVal): number | undefined {
  if (v instanceof PyFloat) return v.v;
  switch (typeof v) {
    case 'number': return v;
    case 'bigint': return intToFloat(v);
    case 'boolean': return v ? 1 : 0;
  }
  return undefined;
}
function isNumeric(v: PyVal): boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean' || v instanceof PyFloat;
}

function floatOp(a: PyVal, b: PyVal, f: (x: number, y: number) => number): PyVal {
  if (!isNumeric(a) || !isNumeric(b)) return NotImplemented;
  return new PyFloat(f(num(a)!, num(b)!));
}
function intOp(a: PyVal, b: PyVal, f: (x: I.Int, y: I.Int) => PyVal): PyVal | undefined {
  const x = asPrimInt(a), y = asPrimInt(b);
  if (x === undefined || y === undefined) return undefined;
  return f(x, y);
}
function asPrimInt(v: PyVal): I.Int | undefined {
  switch (typeof v) {
    case 'number': case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
  }
  return undefined;
}

export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) throw pyErr(ZeroDivisionError, 'float floor division by zero');
  // CPython's _float_div_mod: the quotient is corrected from the unadjusted fmod.
  const mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0 && (y < 0) !== (mod < 0)) div -= 1;
  if (div !== 0) {
    let q = Math.floor(div);
    if (div - q > 0.5) q += 1;
    return q;
  }
  const s = x / y;
  return s < 0 || Object.is(s, -0) ? -0 : 0;
}
export function floatMod(x: number, y: number): number {
  if (y === 0) throw pyErr(ZeroDivisionError, 'float modulo');
  let m = x % y;
  if (m !== 0) { if ((y < 0) !== (m < 0)) m += y; } else m = y < 0 ? -0 : 0;
  return m;
}
/** x ** y rounded as glibc's pow (correctly), which V8's ** is not (10.0 ** -29, 1.1 ** 4). */
export function powNum(x: number, y: number): number {
  if (y === 2) return x * x;
  if (y === 1 || y === 0) return y === 1 ? x : 1;
  if (y === -1) return 1 / x;
  const r = x ** y;
  if (!isFinite(r) || r === 0 || !isFinite(x) || x === 0 || !isFinite(y)) return r;
  if (y === 0.5) return Math.sqrt(x);
  if (Number.isInteger(y) && y >= -1024 && y <= 1024) {
    const p = powIntDD(x, y);
    return p === p ? p : r;
  }
  const m = cpythonMath.pow(Math.abs(x), y);
  return x < 0 && y % 2 !== 0 ? -m : m;
}
const SPLIT = 134217729; // 2**27 + 1
/** x ** n in double-double arithmetic, rounded once; NaN when an intermediate leaves the safe range. */
function powIntDD(x: number, n: number): number {
  let bh = x, bl = 0, rh = 1, rl = 0;
  let k = n < 0 ? -n : n;
  // Invariant: (rh + rl) * (bh + bl) ** k is x ** |n| (to ~2**-100 relative).
  while (true) {
    if (k & 1) {
      const ph = rh * bh;
      let c = SPLIT * rh; const ah = c - (c - rh), al = rh - ah;
      c = SPLIT * bh; const gh = c - (c - bh), gl = bh - gh;
      const pl = ((ah * gh - ph) + ah * gl + al * gh) + al * gl + (rh * bl + rl * bh);
      rh = ph + pl; rl = pl - (rh - ph);
    }
    k = Math.floor(k / 2);
    if (k === 0) break;
    const ph = bh * bh;
    const c = SPLIT * bh; const ah = c - (c - bh), al = bh - ah;
    const pl = ((ah * ah - ph) + 2 * ah * al) + al * al + 2 * bh * bl;
    bh = ph + pl; bl = pl - (bh - ph);
    if (!(Math.abs(bh) < 1e145 && Math.abs(bh) > 1e-145)) return NaN;
  }
  if (!(Math.abs(rh) < 1e290 && Math.abs(rh) > 1e-290)) return NaN;
  if (n > 0) return rh + rl;
  // 1 / (rh + rl): q = 1/rh corrected by the residual 1 - q * (rh + rl).
  const q = 1 / rh;
  const ph = q * rh;
  let c = SPLIT * q; const ah = c - (c - q), al = q - ah;
  c = SPLIT * rh; const gh = c - (c - rh), gl = rh - gh;
  const pl = ((ah * gh - ph) + ah * gl + al * gh) + al * gl;
  const e = ((1 - ph) - pl) - q * rl;
  return q + e * q;
}
export function floatPow(x: number, y: number): number {
  if (x === 0 && y < 0) throw pyErr(ZeroDivisionError, '0.0 cannot be raised to a negative power');
  if (x < 0 && !Number.isInteger(y) && isFinite(y)) throw pyErr(ValueError, 'complex results are not supported');
  if (x === 1 || (x === -1 && !isFinite(y))) return 1;
  const r = powNum(x, y);
  if (!isFinite(r) && isFinite(x) && isFinite(y)) throw newExc(OverflowError, 34, 'Numerical result out of range');
  return r;
}

function seqRepeat(items: PyVal[], n: PyVal): PyVal[] | undefined {
  const k = asInt(n);
  if (k === undefined || typeof n === 'object') return undefined;
  const times = repeatCount(k, items.length);
  const out: PyVal[] = [];
  for (let i = 0; i < times; i++) for (const v of items) out.push(v);
  return out;
}

nativeBinop['+'] = (a, b) => {
  const r = intOp(a, b, I.add); if (r !== undefined) return r;
  if (typeof a === 'string') return typeof b === 'string' ? a + b : NotImplemented;
  if (a instanceof PyList && b instanceof PyList) return new PyList(a.items.concat(b.items));
  if (a instanceof PyTuple && b instanceof PyTuple) return tuple(a.items.concat(b.items));
  if (a instanceof PyBytes && b instanceof PyBytes) { const u = new Uint8Array(a.bytes.length + b.bytes.length); u.set(a.bytes); u.set(b.bytes, a.bytes.length); return new PyBytes(u); }
  return floatOp(a, b, (x, y) => x + y);
};
nativeBinop['-'] = (a, b) => {
  const r = intOp(a, b, I.sub); if (r !== undefined) return r;
  if (a instanceof PySet && b instanceof PySet) return setDifference(a, b);
  return floatOp(a, b, (x, y) => x - y);
};
nativeBinop['*'] = (a, b) => {
  const r = intOp(a, b, I.mul); if (r !== undefined) return r;
  if (typeof a === 'string' || typeof b === 'string') {
    const [s, n] = typeof a === 'string' ? [a, b] : [b as string, a];
    const k = asPrimInt(n);
    if (k === undefined) return NotImplemented;
    const times = repeatCount(k, s.length, 2 ** 29);
    return times === 0 ? '' : s.repeat(times);
  }
  for (const [x, y] of [[a, b], [b, a]]) {
    if (x instanceof PyList) { const rep = seqRepeat(x.items, y); if (rep) return new PyList(rep); }
    if (x instanceof PyTuple) { const rep = seqRepeat(x.items, y); if (rep) return tuple(rep); }
  }
  return floatOp(a, b, (x, y) => x * y);
};
nativeBinop['/'] = (a, b) => {
  const x = asPrimInt(a), y = asPrimInt(b);
  if (x !== undefined && y !== undefined) {
    if (I.isZero(y)) throw pyErr(ZeroDivisionError, 'division by zero');
    const r = I.truediv(x, y);
    if (!isFinite(r)) throw pyErr(OverflowError, 'integer division result too large for a float');
    return new PyFloat(r);
  }
  if (!isNumeric(a) || !isNumeric(b)) return NotImplemented;
  const d = num(b)!;
  if (d === 0) throw pyErr(ZeroDivisionError, 'float division by zero');
  return new PyFloat(num(a)! / d);
};
nativeBinop['//'] = (a, b) => {
  const r = intOp(a, b, (x, y) => {
    if (I.isZero(y)) throw pyErr(ZeroDivisionError, 'integer division or modulo by zero');
    return I.floordiv(x, y);
  });
  if (r !== undefined) return r;
  return floatOp(a, b, floatFloorDiv);
};
nativeBinop['%'] = (a, b) => {
  const r = intOp(a, b, (x, y) => {
    if (I.isZero(y)) throw pyErr(ZeroDivisionError, 'integer modulo by zero');
    return I.mod(x, y);
  });
  if (r !== undefined) return r;
  if (typeof a === 'string' || a instanceof PyBytes) return percentHook.fn(a, b);
  return floatOp(a, b, floatMod);
};
export const percentHook: { fn: (a: PyVal, b: PyVal) => PyVal } = { fn: () => NotImplemented };
nativeBinop['**'] = (a, b) => {
  const r = intOp(a, b, (x, y) => {
    if (I.sign(y) < 0) {
      const bx = intToFloat(x);
      if (bx === 0) throw pyErr(ZeroDivisionError, '0.0 cannot be raised to a negative power');
      return new PyFloat(floatPow(bx, intToFloat(y)));
    }
    if (typeof y === 'bigint' || (y > 100000 && x !== 1 && x !== 0 && x !== -1)) {
      const bits = I.bitLength(x) * Number(y);
      if (bits > 2 ** 26) throw pyErr(MemoryError);
    }
    return I.pow(x, y);
  });
  if (r !== undefined) return r;
  return floatOp(a, b, floatPow);
};
nativeBinop['<<'] = (a, b) => intOp(a, b, (x, y) => {
  if (I.sign(y) < 0) throw pyErr(ValueError, 'negative shift count');
  if (Number(y) > 2 ** 28) throw pyErr(MemoryError);
  return I.lshift(x, y);
}) ?? NotImplemented;
nativeBinop['>>'] = (a, b) => intOp(a, b, (x, y) => {
  if (I.sign(y) < 0) throw pyErr(ValueError, 'negative shift count');
  return I.rshift(x, y);
}) ?? NotImplemented;
nativeBinop['&'] = (a, b) => {
  if (typeof a === 'boolean' && typeof b === 'boolean') return a && b;
  if (a instanceof PySet && b instanceof PySet) return setIntersection(a, b);
  if (a instanceof PyDict || b instanceof PyDict) return NotImplemented;
  return intOp(a, b, I.bitand) ?? NotImplemented;
};
nativeBinop['|'] = (a, b) => {
  if (typeof a === 'boolean' && typeof b === 'boolean') return a || b;
  if (a instanceof PySet && b instanceof PySet) { const r = setCopy(a); setUpdate(r, b); return r; }
  if (a instanceof PyDict && b instanceof PyDict) {
    const d = new PyDict();
    for (const i of a.t.slots()) d.set(a.t.keys[i], a.t.vals[i]);
    for (const i of b.t.slots()) d.set(b.t.keys[i], b.t.vals[i]);
    return d;
  }
  return intOp(a, b, I.bitor) ?? NotImplemented;
};
nativeBinop['^'] = (a, b) => {
  if (typeof a === 'boolean' && typeof b === 'boolean') return a !== b;
  if (a instanceof PySet && b instanceof PySet) return setSymmetricDifference(a, b);
  return intOp(a, b, I.bitxor) ?? NotImplemented;
};
nativeBinop['@'] = () => NotImplemented;

function cmpResult(c: number, op: CmpOp): boolean {
  switch (op) {
    case '<': return c < 0; case '<=': return c <= 0; case '>': return c > 0;
    case '>=': return c >= 0; case '==': return c === 0; case '!=': return c !== 0;
  }
}
/** Compare int with float exactly. */
function cmpNum(a: PyVal, b: PyVal): number {
  const x = asPrimInt(a), y = asPrimInt(b);
  if (x !== undefined && y !== undefined) return I.cmp(x, y);
  const fx = a instanceof PyFloat ? a.v : undefined, fy = b instanceof PyFloat ? b.v : undefined;
  if (fx !== undefined && fy !== undefined) return fx < fy ? -1 : fx > fy ? 1 : fx === fy ? 0 : NaN;
  // One int, one float.
  const f = fx !== undefined ? fx : fy!;
  const i = fx !== undefined ? y! : x!;
  let c: number;
  if (f !== f) return NaN;
  if (!isFinite(f)) c = f > 0 ? -1 : 1;
  else if (typeof i === 'number') c = i < f ? -1 : i > f ? 1 : 0;
  else {
    const fi = Math.floor(f);
    const ci = I.cmp(i, BigInt(fi));
    c = ci !== 0 ? ci : (f > fi ? -1 : 0);
  }
  return fx !== undefined ? -c : c;
}

function seqCompare(x: PyVal[], y: PyVal[], op: CmpOp): PyVal {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (x[i] === y[i] || eq(x[i], y[i])) continue;
    if (op === '==') return false;
    if (op === '!=') return true;
    // The first differing items decide, compared with the same operator (its result as is).
    return richCompare(x[i], y[i], op);
  }
  return cmpResult(x.length - y.length, op);
}

nativeCompare.fn = (a, b, op) => {
  if (isNumeric(a) && isNumeric(b)) {
    const c = cmpNum(a, b);
    return c !== c ? op === '!=' : cmpResult(c, op);
  }
  if (typeof a === 'string' && typeof b === 'string') return cmpResult(cmpStr(a, b), op);
  if (a instanceof PyList && b instanceof PyList) return seqCompare(a.items, b.items, op);
  if (a instanceof PyTuple && b instanceof PyTuple) return seqCompare(a.items, b.items, op);
  if (a instanceof PyBytes && b instanceof PyBytes) {
    const x = a.bytes, y = b.bytes; const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) if (x[i] !== y[i]) return cmpResult(x[i] - y[i], op);
    return cmpResult(x.length - y.length, op);
  }
  if (a instanceof PySet && b instanceof PySet) {
    const sub = (p: PySet, q: PySet) => p.t.size <= q.t.size && p.keys().every((k) => q.has(k));
    switch (op) {
      case '==': return a.t.size === b.t.size && sub(a, b);
      case '!=': return !(a.t.size === b.t.size && sub(a, b));
      case '<=': return sub(a, b);
      case '<': return a.t.size < b.t.size && sub(a, b);
      case '>=': return sub(b, a);
      case '>': return b.t.size < a.t.size && sub(b, a);
    }
  }
  if (a instanceof PyDict && b instanceof PyDict && (op === '==' || op === '!=')) {
    let same = a.t.size === b.t.size;
    if (same) for (const i of a.t.slots()) {
      const v = b.t.get(a.t.keys[i]);
      if (v === undefined || !(v === a.t.vals[i] || eq(v, a.t.vals[i]))) { same = false; break; }
    }
    return op === '==' ? same : !same;
  }
  return NotImplemented;
};

export { indexOf, typeName, TypeError, listType, tupleType };
