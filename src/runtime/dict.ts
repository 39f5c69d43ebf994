// Insertion-ordered hash table behind dict and set.
// Primitive-like keys (int, float, bool, str, identity-hashed objects) live in one JS Map under a
// normalised key where Python-equal keys coincide (1 == 1.0 == True). Other keys (tuples, objects
// with __hash__/__eq__) are bucketed by their Python hash and compared with Python ==.
import { PyObject, PyType, PyFloat, PyVal } from './object';
import { dictType, setType, frozensetType } from './types';

export const tableHooks = {
  /** Python hash(v); raises TypeError for unhashable values. */
  hash: (_v: PyVal): number => 0,
  eq: (_a: PyVal, _b: PyVal): boolean => false,
  /** True when instances of the type hash and compare by identity. */
  identityHashed: (_t: PyType): boolean => true,
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
  return undefined;
}

export class Table {
  keys: PyVal[] = [];
  vals: PyVal[] = [];
  size = 0;
  /** Bumped on insert/delete of a key, to detect mutation during iteration. */
  version = 0;
  private index = new Map<PyVal, number>();
  private buckets: Map<number, number[]> | null = null;

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
  constructor(cls: PyType = dictType) { super(cls, null); }
  get(k: PyVal): PyVal { return this.t.get(k); }
  set(k: PyVal, v: PyVal): void { this.t.set(k, v); }
  static fromMap(m: Map<string, PyVal>): PyDict {
    const d = new PyDict();
    for (const [k, v] of m) d.t.set(k, v);
    return d;
  }
}

export class PySet extends PyObject {
  t = new Table();
  constructor(cls: PyType = setType) { super(cls, null); }
  has(k: PyVal): boolean { return this.t.find(k) >= 0; }
  add(k: PyVal): void { this.t.set(k, true); }
  get frozen(): boolean { return this.cls.isSubtypeOf(frozensetType); }
}
