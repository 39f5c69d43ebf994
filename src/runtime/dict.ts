// Insertion-ordered hash table behind dict and set.
// Primitive-like keys (int, float, bool, str, identity-hashed objects) live in one JS Map under a
// normalised key where Python-equal keys coincide (1 == 1.0 == True). Other keys (tuples, objects
// with __hash__/__eq__) are bucketed by their Python hash and compared with Python ==.
import { PyObject, PyType, PyFloat, PyVal, AttrMap, None } from './object';
import { dictType, setType, frozensetType } from './types';

export const tableHooks = {
  /** Python hash(v); raises TypeError for unhashable values. */
  hash: (_v: PyVal): number | bigint => 0,
  eq: (_a: PyVal, _b: PyVal): boolean => false,
  /** True when instances of the type hash and compare by identity. */
  identityHashed: (_t: PyType): boolean => true,
  /** The primitive value a boxed key (instance of a builtin subclass) is keyed by, if any. */
  boxedPrim: (_v: PyVal): PyVal => undefined,
};

const DELETED: unique symbol = Symbol('deleted');

export function normKey(v: PyVal): PyVal {
  switch (typeof v) {
    case 'number': case 'string': case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
  }
  if (v instanceof PyFloat) {
    const x = v.v;
    if (Number.isInteger(x)) return Number.isSafeInteger(x) ? x : BigInt(x);
    return x !== x ? v : x;
  }
  if (tableHooks.identityHashed((v as PyObject).cls)) return v;
  const p = tableHooks.boxedPrim(v);
  return p === undefined ? undefined : normKey(p);
}

export class Table {
  keys: PyVal[] = [];
  vals: PyVal[] = [];
  size = 0;
  /** Bumped on insert/delete of a key, to detect mutation during iteration. */
  version = 0;
  private index = new Map<PyVal, number>();
  private buckets: Map<number | bigint, number[]> | null = null;

  find(key: PyVal): number {
    const nk = normKey(key);
    if (nk !== undefined) { const i = this.index.get(nk); return i === undefined ? -1 : i; }
    if (!this.buckets) { tableHooks.hash(key); return -1; }
    const b = this.buckets.get(tableHooks.hash(key));
    if (b) for (const i of b) { const k = this.keys[i]; if (k === key || tableHooks.eq(k, key)) return i; }
    return -1;
  }
  get(key: PyVal): PyVal {
    const i = this.find(key);
    return i < 0 ? undefined : this.vals[i];
  }
  set(key: PyVal, val: PyVal): void {
    const nk = normKey(key);
    if (nk !== undefined) {
      const i = this.index.get(nk);
      if (i !== undefined) { this.vals[i] = val; return; }
      this.index.set(nk, this.keys.length);
    } else {
      const h = tableHooks.hash(key);
      if (!this.buckets) this.buckets = new Map();
      let b = this.buckets.get(h);
      if (b) {
        for (const i of b) { const k = this.keys[i]; if (k === key || tableHooks.eq(k, key)) { this.vals[i] = val; return; } }
      } else this.buckets.set(h, (b = []));
      b.push(this.keys.length);
    }
    this.keys.push(key);
    this.vals.push(val);
    this.size++;
    this.version++;
  }
  /** Removes key; returns its slot's value or undefined. */
  delete(key: PyVal): PyVal {
    const i = this.find(key);
    if (i < 0) return undefined;
    const v = this.vals[i];
    const nk = normKey(this.keys[i]);
    if (nk !== undefined) this.index.delete(nk);
    else {
      const h = tableHooks.hash(this.keys[i]);
      const b = this.buckets!.get(h)!;
      b.splice(b.indexOf(i), 1);
      if (b.length === 0) this.buckets!.delete(h);
    }
    this.keys[i] = DELETED;
    this.vals[i] = undefined;
    this.size--;
    this.version++;
    if (this.keys.length > 16 && this.size * 2 < this.keys.length) this.compact();
    return v;
  }
  clear(): void {
    this.keys = []; this.vals = []; this.size = 0; this.version++;
    this.index.clear(); this.buckets = null;
  }
  private compact(): void {
    const ks = this.keys, vs = this.vals;
    this.clear();
    for (let i = 0; i < ks.length; i++) if (ks[i] !== DELETED) this.set(ks[i], vs[i]);
  }
  static isLive(k: PyVal): boolean { return k !== DELETED; }
  /** Live slots in order; callers check `version` to detect mutation. */
  *slots(): Generator<number> {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== DELETED) yield i;
  }
  liveKeys(): PyVal[] {
    const out: PyVal[] = [];
    for (const k of this.keys) if (k !== DELETED) out.push(k);
    return out;
  }
  liveVals(): PyVal[] {
    const out: PyVal[] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== DELETED) out.push(this.vals[i]);
    return out;
  }
  /** Last live slot, or -1. */
  lastSlot(): number {
    for (let i = this.keys.length - 1; i >= 0; i--) if (this.keys[i] !== DELETED) return i;
    return -1;
  }
  firstSlot(): number {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== DELETED) return i;
    return -1;
  }
}

export class PyDict extends PyObject {
  t = new Table();
  constructor(cls: PyType = dictType) { super(cls, cls.hasDict ? new AttrMap() : null); }
  get(k: PyVal): PyVal { return this.t.get(k); }
  set(k: PyVal, v: PyVal): void { this.t.set(k, v); }
  static fromMap(m: Map<string, PyVal>): PyDict {
    const d = new PyDict();
    for (const [k, v] of m) d.t.set(k, v);
    return d;
  }
}

/**
 * CPython's set table (setobject.c), kept beside the lookup Table only to reproduce CPython's
 * iteration order: open addressing with 9 linear probes, perturbed probing, and the same resizes.
 */
class SetOrder {
  slots: PyVal[] = new Array(8).fill(EMPTY);
  hashes: Array<number | bigint> = new Array(8).fill(0);
  mask = 7;
  fill = 0;
  used = 0;
  finger = 0;

  insert(key: PyVal, hash: number | bigint): void {
    let i = lowBits(hash) & this.mask;
    let free = -1;
    let perturb: number | bigint = hash < 0 || typeof hash === 'bigint' ? BigInt.asUintN(64, BigInt(hash)) : hash;
    for (;;) {
      let probes = i + 9 <= this.mask ? 9 : 0;
      let j = i;
      do {
        const k = this.slots[j];
        if (k === EMPTY) {
          if (free >= 0) { this.slots[free] = key; this.hashes[free] = hash; this.used++; return; }
          this.slots[j] = key; this.hashes[j] = hash; this.fill++; this.used++;
          if (this.fill * 5 >= this.mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (k === DUMMY) free = j; // set_add_entry keeps the last dummy it passed
        j++;
      } while (probes--);
      if (typeof perturb === 'bigint') { perturb >>= 5n; i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(this.mask)); }
      else { perturb = Math.floor(perturb / 32); i = (i * 5 + 1 + perturb) % (this.mask + 1); }
    }
  }
  remove(key: PyVal): void {
    const i = this.slots.indexOf(key);
    if (i >= 0) { this.slots[i] = DUMMY; this.used--; }
  }
  /** set_merge's layout step for an empty table (fill 0); false when entries must be added one by one. */
  mergeInto(o: SetOrder): boolean {
    if ((this.fill + o.used) * 5 >= this.mask * 3) this.resize((this.used + o.used) * 2);
    if (this.fill !== 0) return false;
    if (this.mask === o.mask && o.fill === o.used) {
      this.slots = o.slots.slice(); this.hashes = o.hashes.slice();
    } else {
      for (let j = 0; j <= o.mask; j++) {
        const k = o.slots[j];
        if (k !== EMPTY && k !== DUMMY) this.insertClean(k, o.hashes[j]);
      }
    }
    this.fill = this.used = o.used;
    return true;
  }
  /** set_update_internal's single resize before adding n keys of a dict. */
  reserve(n: number): void {
    if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
  }
  /** set_difference_update_internal: resize dummies away once they are more than a quarter. */
  compact(): void {
    if (this.fill - this.used > Math.floor(this.mask / 4)) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }
  /** (key, hash) pairs in table order, as set_next walks them. */
  entries(): [PyVal, number | bigint][] {
    const out: [PyVal, number | bigint][] = [];
    for (let j = 0; j <= this.mask; j++) { const k = this.slots[j]; if (k !== EMPTY && k !== DUMMY) out.push([k, this.hashes[j]]); }
    return out;
  }
  private resize(minused: number): void {
    let size = 8;
    while (size <= minused) size *= 2;
    const oldSlots = this.slots, oldHashes = this.hashes;
    this.slots = new Array(size).fill(EMPTY);
    this.hashes = new Array(size).fill(0);
    this.mask = size - 1;
    this.fill = this.used;
    for (let j = 0; j < oldSlots.length; j++) {
      const k = oldSlots[j];
      if (k === EMPTY || k === DUMMY) continue;
      this.insertClean(k, oldHashes[j]);
    }
  }
  private insertClean(key: PyVal, hash: number | bigint): void {
    let i = lowBits(hash) & this.mask;
    let perturb: number | bigint = hash < 0 || typeof hash === 'bigint' ? BigInt.asUintN(64, BigInt(hash)) : hash;
    for (;;) {
      if (this.slots[i] === EMPTY) { this.slots[i] = key; this.hashes[i] = hash; return; }
      if (i + 9 <= this.mask) {
        for (let j = 1; j <= 9; j++) if (this.slots[i + j] === EMPTY) { this.slots[i + j] = key; this.hashes[i + j] = hash; return; }
      }
      if (typeof perturb === 'bigint') { perturb >>= 5n; i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(this.mask)); }
      else { perturb = Math.floor(perturb / 32); i = (i * 5 + 1 + perturb) % (this.mask + 1); }
    }
  }
  keys(): PyVal[] {
    const out: PyVal[] = [];
    for (const k of this.slots) if (k !== EMPTY && k !== DUMMY) out.push(k);
    return out;
  }
  /** The slot set.pop() takes, as CPython's finger walk. */
  popKey(): PyVal {
    let i = this.finger & this.mask;
    while (this.slots[i] === EMPTY || this.slots[i] === DUMMY) { i++; if (i > this.mask) i = 0; }
    this.finger = i + 1;
    return this.slots[i];
  }
  clear(): void { this.slots = new Array(8).fill(EMPTY); this.hashes = new Array(8).fill(0); this.mask = 7; this.fill = this.used = this.finger = 0; }
}
const EMPTY: unique symbol = Symbol('empty');
/** Low 31 bits of a hash as CPython's size_t would have them. */
function lowBits(h: number | bigint): number {
  if (typeof h === 'number' && h >= 0 && h < 2 ** 31) return h;
  return Number(BigInt.asUintN(31, BigInt(h)));
}
const DUMMY: unique symbol = Symbol('dummy');

export class PySet extends PyObject {
  t = new Table();
  order = new SetOrder();
  constructor(cls: PyType = setType) { super(cls, cls.hasDict ? new AttrMap() : null); }
  has(k: PyVal): boolean { return this.t.find(k) >= 0; }
  add(k: PyVal): void {
    if (this.t.find(k) >= 0) return;
    this.t.set(k, true);
    this.order.insert(k, tableHooks.hash(k));
  }
  discard(k: PyVal): boolean {
    const i = this.t.find(k);
    if (i < 0) return false;
    this.order.remove(this.t.keys[i]);
    this.t.delete(k);
    return true;
  }
  clear(): void { this.t.clear(); this.order.clear(); }
  /** set_merge: add the elements of another set with CPython's table layout. */
  merge(o: PySet): void {
    if (o === this || o.size === 0) return;
    if (this.order.mergeInto(o.order)) { for (const k of o.order.keys()) this.t.set(k, true); return; }
    for (const [k, h] of o.order.entries()) {
      if (this.t.find(k) >= 0) continue;
      this.t.set(k, true);
      this.order.insert(k, h);
    }
  }
  /** Take over another set's contents and table (set_swap_bodies, one way). */
  takeBody(o: PySet): void { this.t = o.t; const finger = this.order.finger; this.order = o.order; this.order.finger = finger; }
  reserve(n: number): void { this.order.reserve(n); }
  compact(): void { this.order.compact(); }
  /** Elements in CPython's iteration order. */
  keys(): PyVal[] { return this.order.keys(); }
  pop(): PyVal { const k = this.order.popKey(); this.discard(k); return k; }
  get size(): number { return this.t.size; }
  get frozen(): boolean { return this.cls.isSubtypeOf(frozensetType); }
}

// ---------------------------------------------------------------- set algebra
// As setobject.c, step for step: the elements a result receives and the order it receives them
// decide CPython's iteration order, which programs print. `items` stands for a non-set iterable.
type SetArg = PySet | PyDict | PyVal[];
export const setBaseType = (s: PySet): PyType => (s.cls.isSubtypeOf(frozensetType) ? frozensetType : setType);

/** set_update_internal. */
export function setUpdate(so: PySet, other: SetArg): void {
  if (other instanceof PySet) { so.merge(other); return; }
  if (other instanceof PyDict && other.cls === dictType) {
    so.reserve(other.t.size);
    for (const k of other.t.liveKeys()) so.add(k);
    return;
  }
  for (const k of other instanceof PyDict ? other.t.liveKeys() : other) so.add(k);
}
export function setCopy(so: PySet, cls: PyType = setBaseType(so)): PySet {
  const r = new PySet(cls);
  r.merge(so);
  return r;
}
/** A set used as a key of a set lookup (in, remove, discard) is looked up as a frozenset. */
export function setKey(k: PyVal): PyVal {
  return k instanceof PySet && !k.frozen && k.cls.lookup('__hash__') === None ? setCopy(k, frozensetType) : k;
}
export function setNewFrom(other: SetArg, cls: PyType): PySet {
  const r = new PySet(cls);
  setUpdate(r, other);
  return r;
}
/** set_intersection. */
export function setIntersection(so: PySet, other: SetArg): PySet {
  if (other === so) return setCopy(so);
  const r = new PySet(setBaseType(so));
  if (other instanceof PySet) {
    let a = so, b = other;
    if (b.size > a.size) [a, b] = [b, a];
    for (const k of b.keys()) if (a.has(k)) r.add(k);
    return r;
  }
  for (const k of other instanceof PyDict ? other.t.liveKeys() : other) if (so.has(k)) r.add(k);
  return r;
}
/** set_difference_update_internal. */
export function setDifferenceUpdate(so: PySet, other: SetArg): void {
  if (other === so) { so.clear(); return; }
  for (const k of other instanceof PySet ? other.keys() : other instanceof PyDict ? other.t.liveKeys() : other) so.discard(k);
  so.compact();
}
/** set_difference. */
export function setDifference(so: PySet, other: SetArg): PySet {
  const exactDict = other instanceof PyDict && other.cls === dictType;
  if (!(other instanceof PySet) && !exactDict || (so.size >> 2) > (other as PySet | PyDict).t.size) {
    const r = setCopy(so);
    setDifferenceUpdate(r, other);
    return r;
  }
  const r = new PySet(setBaseType(so));
  const o = other as PySet | PyDict;
  for (const k of so.keys()) if (o.t.find(k) < 0) r.add(k);
  return r;
}
/** set_symmetric_difference_update. */
export function setSymmetricDifferenceUpdate(so: PySet, other: SetArg): void {
  if (other === so) { so.clear(); return; }
  const keys = other instanceof PySet ? other.keys()
    : other instanceof PyDict && other.cls === dictType ? other.t.liveKeys()
      : setNewFrom(other, setBaseType(so)).keys();
  for (const k of keys) if (!so.discard(k)) so.add(k);
}
/** set_symmetric_difference. */
export function setSymmetricDifference(so: PySet, other: SetArg): PySet {
  const r = setNewFrom(other, setBaseType(so));
  setSymmetricDifferenceUpdate(r, so);
  return r;
}
