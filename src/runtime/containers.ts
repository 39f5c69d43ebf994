// list, tuple, dict, set, frozenset, range and slice: constructors and methods.
import { PyVal, None, NotImplemented, PyObject, PyType, PyFloat, makeType } from './object';
import {
  listType, tupleType, dictType, setType, frozensetType, rangeType, sliceType, PyList, PyTuple, PyRange, PySlice, PyIter,
  STOP, tuple, EMPTY_TUPLE, dictKeysType, dictValuesType, dictItemsType, iteratorType, iterTypes, strType, typeOf,
} from './types';
import {
  PyDict, PySet, Table, setUpdate, setCopy, setNewFrom, setIntersection, setDifference, setDifferenceUpdate,
  setSymmetricDifference, setSymmetricDifferenceUpdate, setBaseType, setKey,
} from './dict';
import { pyErr, TypeError, ValueError, IndexError, KeyError, RuntimeError, OverflowError } from './exceptions';
import * as I from './int';
import { cmpStr, hasSurrogate } from './codepoints';
import {
  repr, eq, less, hash, hashTuple, toArray, iter, next, asInt, indexOf, typeName, call1, truthy, keyError, sliceIndices,
  sliceLength, reprEnter, reprLeave, seqIter, itemsOf, contains, getattrOpt, call, seqIndex, repeatCount, toListArray, nativeBinop, builtinNumSlots, unbox, isinstance,
} from './ops';
import { method, getter, nargs, params, classFn, checkArity, checkSlotArity } from './native';

const isList = (v: PyVal): v is PyList => v instanceof PyList;
function l_(self: PyVal, name: string): PyVal[] {
  if (!(self instanceof PyList)) throw pyErr(TypeError, `descriptor '${name}' for 'list' objects doesn't apply to a '${typeName(self)}' object`);
  return self.items;
}
function t_(self: PyVal): PyVal[] {
  if (!(self instanceof PyTuple)) throw pyErr(TypeError, `descriptor requires a 'tuple' object but received a '${typeName(self)}'`);
  return self.items;
}

export function seqRepr(items: PyVal[], open: string, close: string, self: PyVal): string {
  if (!reprEnter(self)) return open + '...' + close;
  try {
    return open + items.map(repr).join(', ') + close;
  } finally { reprLeave(self); }
}

function seqGetitem(items: PyVal[], k: PyVal, what: string, make: (xs: PyVal[]) => PyVal): PyVal {
  if (k instanceof PySlice) {
    const [start, stop, step] = sliceIndices(k, items.length);
    if (step === 1) return make(stop > start ? items.slice(start, stop) : []);
    const n = sliceLength(start, stop, step);
    const out: PyVal[] = new Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
    return make(out);
  }
  checkIndexType(k, what);
  return items[seqIndex(k, items.length, what)];
}
function checkIndexType(k: PyVal, what: string): void {
  if (asInt(k) === undefined && (typeof k !== 'object' || getattrOpt(k, '__index__') === undefined)) {
    throw pyErr(TypeError, `${what} indices must be integers or slices, not ${typeName(k)}`);
  }
}

// ---------------------------------------------------------------- list
// list(x): __new__ makes it empty and __init__ fills it, as in CPython.
listType.native = (cls) => new PyList([], cls);
method(listType, '__init__', (self, args) => { nargs('list', args, 0, 1); const items = l_(self, '__init__'); items.length = 0; if (args.length) items.push(...toListArray(args[0])); return None; });
method(listType, '__repr__', (self) => seqRepr(l_(self, '__repr__'), '[', ']', self));
method(listType, '__len__', (self) => l_(self, '__len__').length);
method(listType, '__getitem__', (self, args) => seqGetitem(l_(self, '__getitem__'), args[0], 'list', (xs) => new PyList(xs)));
method(listType, '__setitem__', (self, args) => {
  const items = l_(self, '__setitem__');
  const [k, v] = args;
  if (k instanceof PySlice) {
    const [start, stop, step] = sliceIndices(k, items.length);
    let it: PyVal;
    try { it = iter(v); } catch (e) { if (isinstance(e, TypeError)) throw pyErr(TypeError, step === 1 ? 'can only assign an iterable' : 'must assign iterable to extended slice'); throw e; }
    const vals = toArray(it);
    if (step === 1) { items.splice(start, Math.max(0, stop - start), ...vals); return None; }
    const n = sliceLength(start, stop, step);
    if (vals.length !== n) throw pyErr(ValueError, `attempt to assign sequence of size ${vals.length} to extended slice of size ${n}`);
    for (let i = 0, j = start; i < n; i++, j += step) items[j] = vals[i];
    return None;
  }
  checkIndexType(k, 'list');
  items[seqIndex(k, items.length, 'list assignment')] = v;
  return None;
});
method(listType, '__delitem__', (self, args) => {
  const items = l_(self, '__delitem__');
  const k = args[0];
  if (k instanceof PySlice) {
    const [start, stop, step] = sliceIndices(k, items.length);
    if (step === 1) { if (stop > start) items.splice(start, stop - start); return None; }
    const n = sliceLength(start, stop, step);
    const kill = new Set<number>();
    for (let i = 0, j = start; i < n; i++, j += step) kill.add(j);
    const keep = items.filter((_, i) => !kill.has(i));
    items.length = 0; items.push(...keep);
    return None;
  }
  checkIndexType(k, 'list');
  const i = seqIndex(k, items.length, 'list assignment');
  if (i === 0) items.shift(); else items.splice(i, 1);
  return None;
});
method(listType, '__contains__', (self, args) => l_(self, '__contains__').some((x) => x === args[0] || eq(x, args[0])));
method(listType, '__iter__', (self) => seqIter(l_(self, '__iter__'), iterTypes.list_iterator));
// Every builtin iterator type tells how many items it has left (its `hint`).
for (const t of Object.values(iterTypes)) method(t, '__length_hint__', (self) => (self as PyIter).hint?.() ?? NotImplemented);
method(listType, '__reversed__', (self) => {
  const items = l_(self, '__reversed__');
  let i = items.length - 1;
  const it = new PyIter(() => (i >= 0 && i < items.length ? items[i--] : STOP), iterTypes.list_reverseiterator);
  it.hint = () => (i >= 0 && i < items.length ? i + 1 : 0);
  return it;
});
method(listType, '__eq__', (self, args) => (isList(args[0]) ? listEq(l_(self, '__eq__'), args[0].items) : NotImplemented));
method(listType, '__add__', (self, args) => (isList(args[0]) ? new PyList(l_(self, '__add__').concat(args[0].items)) : NotImplemented));
method(listType, '__iadd__', (self, args) => { l_(self, '__iadd__').push(...toArray(args[0])); return self; });
method(listType, '__mul__', (self, args) => { const k = asInt(args[0]); if (k === undefined) return NotImplemented; const n = repeatCount(k, l_(self, '__mul__').length); const out: PyVal[] = []; for (let i = 0; i < n; i++) out.push(...l_(self, '__mul__')); return new PyList(out); });
method(listType, '__imul__', (self, args) => { const k = asInt(args[0]); if (k === undefined) return NotImplemented; const items = l_(self, '__imul__'); const n = repeatCount(k, items.length); const copy = items.slice(); items.length = 0; for (let i = 0; i < n; i++) items.push(...copy); return self; });
listType.dict.set('__hash__', None);
function listEq(a: PyVal[], b: PyVal[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!(a[i] === b[i] || eq(a[i], b[i]))) return false;
  return true;
}
method(listType, 'append', (self, args) => { nargs('list.append', args, 1); l_(self, 'append').push(args[0]); return None; });
method(listType, 'extend', (self, args) => { nargs('list.extend', args, 1); const items = l_(self, 'extend'); const add = toListArray(args[0]); for (const x of add) items.push(x); return None; });
method(listType, 'insert', (self, args) => {
  nargs('insert', args, 2);
  const items = l_(self, 'insert');
  let i = Number(indexOf(args[0]));
  if (i < 0) { i += items.length; if (i < 0) i = 0; } else if (i > items.length) i = items.length;
  items.splice(i, 0, args[1]);
  return None;
});
method(listType, 'pop', (self, args) => {
  nargs('pop', args, 0, 1);
  const items = l_(self, 'pop');
  if (!items.length) throw pyErr(IndexError, 'pop from empty list');
  if (!args.length) return items.pop();
  let i = Number(indexOf(args[0]));
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw pyErr(IndexError, 'pop index out of range');
  // shift() lets V8 trim the front in O(1): queues built on lists (pop(0)) stay linear.
  return i === 0 ? items.shift() : items.splice(i, 1)[0];
});
method(listType, 'remove', (self, args) => {
  nargs('list.remove', args, 1);
  const items = l_(self, 'remove');
  for (let i = 0; i < items.length; i++) if (items[i] === args[0] || eq(items[i], args[0])) { items.splice(i, 1); return None; }
  throw pyErr(ValueError, 'list.remove(x): x not in list');
});
function seqIndexOf(items: PyVal[], args: PyVal[], what: string): number {
  nargs('index', args, 1, 3);
  const n = items.length;
  const norm = (v: PyVal, d: number) => {
    if (v === undefined) return d;
    if (asInt(v) === undefined && !(v instanceof PyObject && !(v instanceof PyFloat) && typeOf(v).lookup('__index__') !== undefined)) throw pyErr(TypeError, 'slice indices must be integers or have an __index__ method');
    let i = Number(indexOf(v)); if (i < 0) { i += n; if (i < 0) i = 0; } return Math.min(i, n);
  };
  const a = norm(args[1], 0), b = norm(args[2], n);
  for (let i = a; i < b; i++) if (items[i] === args[0] || eq(items[i], args[0])) return i;
  throw pyErr(ValueError, what === 'list' ? `${repr(args[0])} is not in list` : 'tuple.index(x): x not in tuple');
}
method(listType, 'index', (self, args) => seqIndexOf(l_(self, 'index'), args, 'list'));
method(listType, 'count', (self, args) => { nargs('list.count', args, 1); return l_(self, 'count').filter((x) => x === args[0] || eq(x, args[0])).length; });
method(listType, 'clear', (self) => { l_(self, 'clear').length = 0; return None; });
method(listType, 'copy', (self) => new PyList(l_(self, 'copy').slice()));
method(listType, 'reverse', (self) => { l_(self, 'reverse').reverse(); return None; });
method(listType, 'sort', (self, args, kw) => {
  const total = args.length + (kw ? kw.size : 0);
  if (total > 2) throw pyErr(TypeError, `sort() takes at most 2 arguments (${total} given)`);
  if (args.length) throw pyErr(TypeError, 'sort() takes no positional arguments');
  const [key, reverse] = params('sort', [], kw, ['key', 'reverse']);
  const items = l_(self, 'sort');
  // As CPython, the list is empty while it is sorted; changing it meanwhile is an error.
  const saved = items.slice();
  items.length = 0;
  let sorted: PyVal[] | undefined;
  try {
    sorted = sortItems(saved, key, reverse !== undefined && truthy(reverse));
  } finally {
    const modified = items.length !== 0;
    items.length = 0;
    for (const x of sorted ?? saved) items.push(x);
    if (modified && sorted) sorted = undefined;
  }
  if (sorted === undefined) throw pyErr(ValueError, 'list modified during sort');
  return None;
});

/** The sort's comparison: negative when a < b by Python's `<`, as CPython's ISLT (the sort only
 * tests for negative, so each comparison is one `<`), with the common keys (numbers, strings,
 * tuples of them) compared directly; a tuple is ordered by its first unequal item, as tuple's `<`. */
function compare3(a: PyVal, b: PyVal): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return cmpStr(a, b);
  if (a instanceof PyTuple && b instanceof PyTuple && a.cls === tupleType && b.cls === tupleType) {
    const x = a.items, y = b.items, n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      const r = itemOrder(x[i], y[i]);
      if (r !== 0) return r;
    }
    return x.length - y.length;
  }
  return less(a, b) ? -1 : 1;
}
/** Tuple `<`'s step at one position: 0 when the items are equal (==: go on to the next), else
 * -1 when p < q and 1 when not (the first unequal items decide). */
function itemOrder(p: PyVal, q: PyVal): number {
  if (p === q) return 0;
  if (typeof p === 'number' && typeof q === 'number') return p < q ? -1 : p > q ? 1 : 0;
  if (typeof p === 'string' && typeof q === 'string') return cmpStr(p, q);
  if (eq(p, q)) return 0;
  return less(p, q) ? -1 : 1;
}

/** When every key is a builtin tuple of one length: per item position, the numbers as a typed
 * array (all numbers, no NaN) or a three-way comparison of that item (strings, or anything else by
 * Python's `<`), so that comparing two keys walks the columns as tuple's `<` walks the items. */
function tupleColumns(keys: PyVal[]): Array<Float64Array | ((a: number, b: number) => number)> | null {
  const k0 = keys[0];
  if (!(k0 instanceof PyTuple) || k0.cls !== tupleType) return null;
  const width = k0.items.length;
  for (const k of keys) if (!(k instanceof PyTuple) || k.cls !== tupleType || k.items.length !== width) return null;
  const cols: Array<Float64Array | ((a: number, b: number) => number)> = [];
  for (let j = 0; j < width; j++) {
    const nums = new Float64Array(keys.length);
    let allNum = true;
    for (let i = 0; i < keys.length && allNum; i++) {
      const x = (keys[i] as PyTuple).items[j];
      if (typeof x !== 'number' || x !== x) allNum = false; else nums[i] = x;
    }
    if (allNum) { cols.push(nums); continue; }
    const col = keys.map((k) => (k as PyTuple).items[j]);
    cols.push((a, b) => itemOrder(col[a], col[b]));
  }
  return cols;
}

/** Stable sort with Python's `<`; with reverse=True, equal elements keep their order (as CPython). */
export function sortItems(items: PyVal[], key: PyVal, reverse: boolean): PyVal[] {
  const keys = key === undefined || key === None ? items : items.map((x) => call1(key, x));
  const idx = items.map((_, i) => i);
  if (reverse) idx.reverse();
  let allNum = true, allStr = true, surrogates = false;
  for (const k of keys) {
    if (typeof k !== 'number') allNum = false;
    if (typeof k !== 'string') allStr = false; else if (!surrogates && hasSurrogate(k)) surrogates = true;
  }
  const cols = allNum || allStr ? null : tupleColumns(keys);
  const cmp = allNum ? (a: number, b: number) => (keys[a] as number) - (keys[b] as number)
    : allStr && !surrogates ? (a: number, b: number) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0)
    : cols !== null ? (a: number, b: number) => {
      for (const c of cols) {
        const r = typeof c === 'function' ? c(a, b) : c[a] - c[b];
        if (r !== 0) return r;
      }
      return 0;
    }
    : (a: number, b: number) => compare3(keys[a], keys[b]);
  idx.sort(cmp);
  if (reverse) idx.reverse();
  return idx.map((i) => items[i]);
}

// ---------------------------------------------------------------- tuple
tupleType.native = (cls, args) => {
  nargs('tuple', args, 0, 1);
  const items = args.length ? toListArray(args[0]) : [];
  return cls === tupleType ? tuple(items) : new PyTuple(items, cls);
};
method(tupleType, '__repr__', (self) => { const it = t_(self); return it.length === 1 ? seqRepr(it, '(', ',)', self) : seqRepr(it, '(', ')', self); });
method(tupleType, '__len__', (self) => t_(self).length);
method(tupleType, '__getitem__', (self, args) => seqGetitem(t_(self), args[0], 'tuple', (xs) => tuple(xs)));
method(tupleType, '__contains__', (self, args) => t_(self).some((x) => x === args[0] || eq(x, args[0])));
method(tupleType, '__iter__', (self) => seqIter(t_(self), iterTypes.tuple_iterator));
method(tupleType, '__hash__', (self) => {
  const t = self as PyTuple;
  if (t.hashCache === undefined) t.hashCache = hashTuple(t.items);
  return t.hashCache;
});
method(tupleType, '__eq__', (self, args) => (args[0] instanceof PyTuple ? listEq(t_(self), args[0].items) : NotImplemented));
method(tupleType, '__add__', (self, args) => (args[0] instanceof PyTuple ? tuple(t_(self).concat(args[0].items)) : NotImplemented));
method(tupleType, 'index', (self, args) => seqIndexOf(t_(self), args, 'tuple'));
method(tupleType, 'count', (self, args) => { nargs('tuple.count', args, 1); return t_(self).filter((x) => x === args[0] || eq(x, args[0])).length; });
method(tupleType, '__getnewargs__', (self) => tuple([self]));

// ---------------------------------------------------------------- dict
function d_(self: PyVal): Table {
  if (!(self instanceof PyDict)) throw pyErr(TypeError, `descriptor requires a 'dict' object but received a '${typeName(self)}'`);
  return self.t;
}
export function dictUpdate(d: PyDict, src: PyVal, kw: Map<string, PyVal> | null): void {
  if (src !== undefined) {
    if (src instanceof PyDict) for (const i of src.t.slots()) d.t.set(src.t.keys[i], src.t.vals[i]);
    else if (getattrOpt(src, 'keys') !== undefined) {
      for (const k of toArray(call(getattrOpt(src, 'keys'), []))) d.t.set(k, getitemOf(src, k));
    } else {
      let n = 0;
      for (const item of toArray(src)) {
        const it = typeof item === 'string' || (item instanceof PyObject && (item.cls.lookup('__iter__') !== undefined || item.cls.lookup('__getitem__') !== undefined));
        if (!it) throw pyErr(TypeError, `cannot convert dictionary update sequence element #${n} to a sequence`);
        const kv = toArray(item);
        if (kv.length !== 2) throw pyErr(ValueError, `dictionary update sequence element #${n} has length ${kv.length}; 2 is required`);
        d.t.set(kv[0], kv[1]);
        n++;
      }
    }
  }
  if (kw) for (const [k, v] of kw) d.t.set(k, v);
}
let getitemOf: (o: PyVal, k: PyVal) => PyVal = () => None;
export function setGetitem(f: (o: PyVal, k: PyVal) => PyVal): void { getitemOf = f; }
dictType.native = (cls) => new PyDict(cls);
method(dictType, '__init__', (self, args, kw) => { nargs('dict', args, 0, 1); dictUpdate(self as PyDict, args[0], kw); return None; });
export function dictRepr(self: PyDict): string {
  if (!reprEnter(self)) return '{...}';
  try {
    const parts: string[] = [];
    for (const i of self.t.slots()) parts.push(`${repr(self.t.keys[i])}: ${repr(self.t.vals[i])}`);
    return '{' + parts.join(', ') + '}';
  } finally { reprLeave(self); }
}
method(dictType, '__repr__', (self) => { d_(self); return dictRepr(self as PyDict); });
method(dictType, '__len__', (self) => d_(self).size);
method(dictType, '__getitem__', (self, args) => {
  const v = d_(self).get(args[0]);
  if (v !== undefined) return v;
  const missing = (self as PyObject).cls.lookup('__missing__');
  if (missing !== undefined) return call(missing, [self, args[0]]);
  throw keyError(args[0]);
});
method(dictType, '__setitem__', (self, args) => { d_(self).set(args[0], args[1]); return None; });
method(dictType, '__delitem__', (self, args) => { if (d_(self).delete(args[0]) === undefined) throw keyError(args[0]); return None; });
method(dictType, '__contains__', (self, args) => d_(self).find(args[0]) >= 0);
method(dictType, '__iter__', (self) => dictIter(self as PyDict, 'keys'));
method(dictType, '__reversed__', (self) => seqIter(d_(self).liveKeys().reverse(), iterTypes.dict_reversekeyiterator));
method(dictType, '__eq__', (self, args) => {
  if (!(args[0] instanceof PyDict)) return NotImplemented;
  const a = d_(self), b = args[0].t;
  if (a.size !== b.size) return false;
  for (const i of a.slots()) { const v = b.get(a.keys[i]); if (v === undefined || !(v === a.vals[i] || eq(v, a.vals[i]))) return false; }
  return true;
});
method(dictType, '__or__', (self, args) => {
  if (!(args[0] instanceof PyDict)) return NotImplemented;
  const d = new PyDict(); dictUpdate(d, self, null); dictUpdate(d, args[0], null); return d;
});
method(dictType, '__ior__', (self, args) => { dictUpdate(self as PyDict, args[0], null); return self; });
dictType.dict.set('__hash__', None);
method(dictType, 'get', (self, args) => { nargs('get', args, 1, 2); const v = d_(self).get(args[0]); return v !== undefined ? v : args.length > 1 ? args[1] : None; });
method(dictType, 'setdefault', (self, args) => {
  nargs('setdefault', args, 1, 2);
  const t = d_(self); const v = t.get(args[0]);
  if (v !== undefined) return v;
  const d = args.length > 1 ? args[1] : None; t.set(args[0], d); return d;
});
method(dictType, 'pop', (self, args) => {
  nargs('pop', args, 1, 2);
  const v = d_(self).delete(args[0]);
  if (v !== undefined) return v;
  if (args.length > 1) return args[1];
  throw keyError(args[0]);
});
method(dictType, 'popitem', (self) => {
  const t = d_(self); const i = t.lastSlot();
  if (i < 0) throw pyErr(KeyError, 'popitem(): dictionary is empty');
  const k = t.keys[i], v = t.vals[i]; t.delete(k); return tuple([k, v]);
});
method(dictType, 'update', (self, args, kw) => { nargs('update', args, 0, 1); dictUpdate(self as PyDict, args[0], kw); return None; });
method(dictType, 'clear', (self) => { d_(self).clear(); return None; });
method(dictType, 'copy', (self) => { const d = new PyDict(); dictUpdate(d, self, null); return d; });
method(dictType, 'keys', (self) => new DictView(self as PyDict, 'keys'));
method(dictType, 'values', (self) => new DictView(self as PyDict, 'values'));
method(dictType, 'items', (self) => new DictView(self as PyDict, 'items'));
classFn(dictType, 'fromkeys', (args) => {
  nargs('fromkeys', args.slice(1), 1, 2);
  const [cls, it, v] = args;
  const d = call(cls, []) as PyDict;
  for (const k of toArray(it)) d.t.set(k, v === undefined ? None : v);
  return d;
});

export class DictView extends PyObject {
  constructor(public d: PyDict, public kind: 'keys' | 'values' | 'items', cls?: PyType) {
    super(cls ?? (kind === 'keys' ? dictKeysType : kind === 'values' ? dictValuesType : dictItemsType), null);
  }
}
export function dictIter(d: PyDict, kind: 'keys' | 'values' | 'items'): PyIter {
  const t = d.t;
  const version = t.version, size = t.size;
  let i = 0, given = 0;
  const it = new PyIter(() => {
    if (t.version !== version) {
      if (t.size !== size) throw pyErr(RuntimeError, 'dictionary changed size during iteration');
      throw pyErr(RuntimeError, 'dictionary keys changed during iteration');
    }
    while (i < t.keys.length && !Table.isLive(t.keys[i])) i++;
    if (i >= t.keys.length) return STOP;
    const j = i++;
    given++;
    return kind === 'keys' ? t.keys[j] : kind === 'values' ? t.vals[j] : tuple([t.keys[j], t.vals[j]]);
  }, kind === 'keys' ? iterTypes.dict_keyiterator : kind === 'values' ? iterTypes.dict_valueiterator : iterTypes.dict_itemiterator);
  it.hint = () => (t.size === size ? size - given : 0);
  return it;
}
function viewItems(v: DictView): PyVal[] {
  const t = v.d.t;
  return v.kind === 'keys' ? t.liveKeys() : v.kind === 'values' ? t.liveVals() : t.liveKeys().map((k) => tuple([k, t.get(k)]));
}
for (const vt of [dictKeysType, dictValuesType, dictItemsType]) {
  method(vt, '__iter__', (self) => dictIter((self as DictView).d, (self as DictView).kind));
  method(vt, '__len__', (self) => (self as DictView).d.t.size);
  method(vt, '__repr__', (self) => `${vt.name}(${seqRepr(viewItems(self as DictView), '[', ']', self)})`);
  method(vt, '__reversed__', (self) => seqIter(viewItems(self as DictView).reverse(),
    (self as DictView).kind === 'keys' ? iterTypes.dict_reversekeyiterator : (self as DictView).kind === 'values' ? iterTypes.dict_reversevalueiterator : iterTypes.dict_reverseitemiterator));
  method(vt, '__contains__', (self, args) => {
    const v = self as DictView;
    if (v.kind === 'keys') return v.d.t.find(args[0]) >= 0;
    if (v.kind === 'items') {
      const kv = toArray(args[0]); if (kv.length !== 2) return false;
      const x = v.d.t.get(kv[0]); return x !== undefined && (x === kv[1] || eq(x, kv[1]));
    }
    return viewItems(v).some((x) => x === args[0] || eq(x, args[0]));
  });
}
// OrderedDict's views and iterator (Objects/odictobject.c): subclasses of dict's views whose
// iterators name the OrderedDict in their errors. Any change to the keys is a mutation, except a
// clear(), which only the size betrays.
export const odictIterType = makeType('odict_iterator', [iteratorType]);
export const odictViewTypes = {
  keys: makeType('odict_keys', [dictKeysType]), values: makeType('odict_values', [dictValuesType]), items: makeType('odict_items', [dictItemsType]),
};
export function odictIter(d: PyDict, kind: 'keys' | 'values' | 'items', reverse: boolean): PyIter {
  const t = d.t;
  const version = t.version, size = t.size;
  let i = reverse ? t.keys.length - 1 : 0;
  return new PyIter(() => {
    if (t.version !== version) {
      throw pyErr(RuntimeError, t.size === 0 && size !== 0 ? 'OrderedDict changed size during iteration' : 'OrderedDict mutated during iteration');
    }
    if (reverse) {
      while (i >= 0 && !Table.isLive(t.keys[i])) i--;
      if (i < 0) return STOP;
    } else {
      while (i < t.keys.length && !Table.isLive(t.keys[i])) i++;
      if (i >= t.keys.length) return STOP;
    }
    const j = reverse ? i-- : i++;
    return kind === 'keys' ? t.keys[j] : kind === 'values' ? t.vals[j] : tuple([t.keys[j], t.vals[j]]);
  }, odictIterType);
}
for (const [kind, vt] of Object.entries(odictViewTypes) as Array<['keys' | 'values' | 'items', PyType]>) {
  method(vt, '__iter__', (self) => odictIter((self as DictView).d, kind, false));
  method(vt, '__reversed__', (self) => odictIter((self as DictView).d, kind, true));
  method(vt, '__repr__', (self) => `${vt.name}(${seqRepr(viewItems(self as DictView), '[', ']', self)})`);
}
/** dictviews_to_set: a keys view is read as its dict, anything else is iterated. */
function viewToSet(v: PyVal): PySet {
  if (v instanceof DictView && v.kind === 'keys') return setNewFrom(v.d, setType);
  return setNewFrom(setArg(v), setType);
}
/** _PyDictView_Intersect. */
function viewIntersect(self: PyVal, other: PyVal): PyVal {
  if (!(self instanceof DictView)) [self, other] = [other, self];
  let view = self as DictView;
  const lenSelf = view.d.t.size;
  if (other instanceof PySet && other.cls === setType && lenSelf <= other.size) return setIntersection(other, viewItems(view));
  if (other instanceof DictView && other.kind !== 'values' && other.d.t.size > lenSelf) [view, other] = [other, view];
  const r = new PySet(setType);
  const t = view.d.t;
  const contains = view.kind === 'keys' ? (k: PyVal) => t.find(k) >= 0 : (kv: PyVal) => {
    if (!(kv instanceof PyTuple) || kv.items.length !== 2) return false;
    const x = t.get(kv.items[0]);
    return x !== undefined && (x === kv.items[1] || eq(x, kv.items[1]));
  };
  for (const k of toArray(other)) if (contains(k)) r.add(k);
  return r;
}
for (const vt of [dictKeysType, dictItemsType]) {
  const asSet = (v: PyVal) => { const s = new PySet(); for (const x of toArray(v)) s.add(x); return s; };
  method(vt, '__and__', (self, args) => viewIntersect(self, args[0]));
  method(vt, '__rand__', (self, args) => viewIntersect(self, args[0]));
  const op = (name: string, left: (self: PyVal, o: PyVal) => PyVal, f: (r: PySet, o: PyVal) => void) => method(vt, name, (self, args) => {
    const [l, o] = left(self, args[0]) === self ? [self, args[0]] : [args[0], self];
    const r = viewToSet(l);
    f(r, o);
    return r;
  });
  const fwd = (self: PyVal) => self, rev = (_self: PyVal, o: PyVal) => o;
  op('__or__', fwd, (r, o) => setUpdate(r, setArg(o)));
  op('__ror__', rev, (r, o) => setUpdate(r, setArg(o)));
  op('__sub__', fwd, (r, o) => setDifferenceUpdate(r, setArg(o)));
  op('__rsub__', rev, (r, o) => setDifferenceUpdate(r, setArg(o)));
  op('__xor__', fwd, (r, o) => setSymmetricDifferenceUpdate(r, setArg(o)));
  op('__rxor__', rev, (r, o) => setSymmetricDifferenceUpdate(r, setArg(o)));
  method(vt, '__eq__', (self, args) => { const a = asSet(self); const b = args[0] instanceof PySet || args[0] instanceof DictView ? asSet(args[0]) : null; return b ? a.t.size === b.t.size && a.keys().every((k) => b.has(k)) : NotImplemented; });
  method(vt, 'isdisjoint', (self, args) => { const a = asSet(self); return toArray(args[0]).every((k) => !a.has(k)); });
  const setLike = (v: PyVal) => v instanceof PySet || v instanceof DictView;
  const cmp = (name: string, f: (a: PySet, b: PySet) => boolean) => method(vt, name, (self, args) => (setLike(args[0]) ? f(asSet(self), asSet(args[0])) : NotImplemented));
  const sub = (a: PySet, b: PySet) => a.keys().every((k) => b.has(k));
  cmp('__le__', (a, b) => sub(a, b));
  cmp('__lt__', (a, b) => a.t.size < b.t.size && sub(a, b));
  cmp('__ge__', (a, b) => sub(b, a));
  cmp('__gt__', (a, b) => a.t.size > b.t.size && sub(b, a));
}


// ---------------------------------------------------------------- set / frozenset
function s_(self: PyVal): PySet {
  if (!(self instanceof PySet)) throw pyErr(TypeError, `descriptor requires a 'set' object but received a '${typeName(self)}'`);
  return self;
}
/** A set operation's argument: sets and dicts as themselves, other iterables as their items. */
export function setArg(v: PyVal): PySet | PyDict | PyVal[] {
  return v instanceof PySet || v instanceof PyDict ? v : toArray(v);
}
export function makeSet(items: PyVal[], cls = setType): PySet {
  const s = new PySet(cls);
  for (const x of items) s.add(x);
  return s;
}
setType.native = (cls) => new PySet(cls);
frozensetType.native = (cls, args) => {
  nargs('frozenset', args, 0, 1);
  if (cls === frozensetType && args[0] instanceof PySet && args[0].cls === frozensetType) return args[0];
  return args.length ? setNewFrom(setArg(args[0]), cls) : new PySet(cls);
};
method(setType, '__init__', (self, args) => { nargs('set', args, 0, 1); const s = s_(self); s.clear(); if (args.length) setUpdate(s, setArg(args[0])); return None; });
for (const st of [setType, frozensetType]) {
  const frozen = st === frozensetType;
  method(st, '__repr__', (self) => {
    const s = s_(self);
    const name = s.cls.name;
    if (!s.t.size) return `${name}()`;
    if (!reprEnter(self)) return `${name}(...)`;
    try {
      const body = '{' + s.keys().map(repr).join(', ') + '}';
      return s.cls === setType ? body : `${name}(${body})`;
    } finally { reprLeave(self); }
  });
  method(st, '__len__', (self) => s_(self).t.size);
  method(st, '__contains__', (self, args) => s_(self).has(setKey(args[0])));
  method(st, '__iter__', (self) => {
    const s = s_(self); const size = s.size; const keys = s.keys(); let i = 0;
    const it = new PyIter(() => {
      if (s.size !== size) throw pyErr(RuntimeError, 'Set changed size during iteration');
      return i < keys.length ? keys[i++] : STOP;
    }, iterTypes.set_iterator);
    it.hint = () => (s.size === size ? keys.length - i : 0);
    return it;
  });
  const others = (args: PyVal[]) => args.map((a) => (a instanceof PySet ? a : makeSet(toArray(a))));
  method(st, 'union', (self, args) => { const r = setCopy(s_(self)); for (const o of args) setUpdate(r, setArg(o)); return r; });
  method(st, 'intersection', (self, args) => intersectionMulti(s_(self), args));
  method(st, 'difference', (self, args) => {
    if (!args.length) return setCopy(s_(self));
    const r = setDifference(s_(self), setArg(args[0]));
    for (const o of args.slice(1)) setDifferenceUpdate(r, setArg(o));
    return r;
  });
  method(st, 'symmetric_difference', (self, args) => { nargs('symmetric_difference', args, 1); return setSymmetricDifference(s_(self), setArg(args[0])); });
  method(st, 'issubset', (self, args) => { const [b] = others(args); return s_(self).keys().every((k) => b.has(k)); });
  method(st, 'issuperset', (self, args) => { const a = s_(self); return others(args)[0].keys().every((k) => a.has(k)); });
  method(st, 'isdisjoint', (self, args) => { const [b] = others(args); return !s_(self).keys().some((k) => b.has(k)); });
  method(st, 'copy', (self) => (frozen && s_(self).cls === frozensetType ? self : setCopy(s_(self))));
  if (frozen) {
    // frozenset_hash: order-independent, in 64-bit unsigned arithmetic.
    method(st, '__hash__', (self) => {
      const M = (1n << 64n) - 1n;
      const shuffle = (h: bigint) => (((h ^ 89869747n) ^ ((h << 16n) & M)) * 3644798167n) & M;
      const s = s_(self);
      let h = 0n;
      for (const k of s.keys()) h ^= shuffle(BigInt.asUintN(64, BigInt(hash(k))));
      h ^= (BigInt(s.size + 1) * 1927868237n) & M;
      h ^= (h >> 11n) ^ (h >> 25n);
      h = (h * 69069n + 907133923n) & M;
      if (h === M) h = 590923713n;
      return I.norm(BigInt.asIntN(64, h));
    });
  }
}
setType.dict.set('__hash__', None);
method(setType, 'add', (self, args) => { nargs('set.add', args, 1); s_(self).add(args[0]); return None; });
method(setType, 'discard', (self, args) => { nargs('set.discard', args, 1); s_(self).discard(setKey(args[0])); return None; });
method(setType, 'remove', (self, args) => { nargs('set.remove', args, 1); if (!s_(self).discard(setKey(args[0]))) throw keyError(args[0]); return None; });
method(setType, 'pop', (self) => {
  const s = s_(self);
  if (!s.size) throw pyErr(KeyError, 'pop from an empty set');
  return s.pop();
});
method(setType, 'clear', (self) => { s_(self).clear(); return None; });
method(setType, 'update', (self, args) => { const s = s_(self); for (const a of args) setUpdate(s, setArg(a)); return None; });
method(setType, 'intersection_update', (self, args) => { const s = s_(self); s.takeBody(intersectionMulti(s, args)); return None; });
method(setType, 'difference_update', (self, args) => { const s = s_(self); for (const a of args) setDifferenceUpdate(s, setArg(a)); return None; });
method(setType, 'symmetric_difference_update', (self, args) => { nargs('symmetric_difference_update', args, 1); setSymmetricDifferenceUpdate(s_(self), setArg(args[0])); return None; });
for (const [name, op] of [['__ior__', '|'], ['__iand__', '&'], ['__isub__', '-'], ['__ixor__', '^']] as const) {
  method(setType, name, (self, args) => {
    const s = s_(self), o = args[0];
    if (!(o instanceof PySet)) return NotImplemented;
    if (op === '|') setUpdate(s, o);
    if (op === '&') s.takeBody(setIntersection(s, o));
    if (op === '-') setDifferenceUpdate(s, o);
    if (op === '^') setSymmetricDifferenceUpdate(s, o);
    return self;
  });
}
/** set_intersection_multi. */
function intersectionMulti(so: PySet, args: PyVal[]): PySet {
  if (!args.length) return setCopy(so);
  let r = so;
  for (const o of args) r = setIntersection(r, setArg(o));
  return r === so ? setCopy(so) : r;
}
void setBaseType;

// ---------------------------------------------------------------- range
function r_(self: PyVal): PyRange { if (!(self instanceof PyRange)) throw pyErr(TypeError, 'expected range'); return self; }
function rangeArg(v: PyVal): number {
  const i = asInt(v);
  if (i === undefined) {
    if (typeof v === 'object' && getattrOpt(v, '__index__') !== undefined) return Number(indexOf(v));
    throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  return Number(i);
}
/** A range whose bounds do not all fit in a double exactly: bigint arithmetic throughout. */
class PyBigRange extends PyRange {
  constructor(readonly bstart: bigint, readonly bstop: bigint, readonly bstep: bigint) {
    super(Number(bstart), Number(bstop), Number(bstep));
  }
  get blength(): bigint {
    const { bstart: a, bstop: b, bstep: c } = this;
    if (c > 0n) return a < b ? (b - a - 1n) / c + 1n : 0n;
    return a > b ? (a - b - 1n) / -c + 1n : 0n;
  }
  at(i: bigint): I.Int { return I.norm(this.bstart + i * this.bstep); }
  index(v: PyVal): bigint {
    const x = asInt(v);
    if (x === undefined || typeof v === 'object') return -1n;
    const n = BigInt(x), { bstart: a, bstop: b, bstep: c } = this;
    if (c > 0n ? n < a || n >= b : n > a || n <= b) return -1n;
    return (n - a) % c === 0n ? (n - a) / c : -1n;
  }
}
const rangeBig = (a: I.Int, b: I.Int, c: I.Int) => {
  const r = new PyBigRange(BigInt(a), BigInt(b), BigInt(c));
  return Number.isSafeInteger(r.start) && Number.isSafeInteger(r.stop) && Number.isSafeInteger(r.step) ? new PyRange(r.start, r.stop, r.step) : r;
};
function rangeIntArg(v: PyVal): I.Int {
  const i = asInt(v);
  if (i !== undefined) return i;
  if (typeof v === 'object' && getattrOpt(v, '__index__') !== undefined) return indexOf(v);
  throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
}
const bigOf = (self: PyVal) => (self instanceof PyBigRange ? self : null);
rangeType.native = (_cls, args) => {
  if (args.length === 1 && typeof args[0] === 'number') return new PyRange(0, args[0], 1);
  if (args.length === 0) throw pyErr(TypeError, 'range expected at least 1 argument, got 0');
  if (args.length > 3) throw pyErr(TypeError, `range expected at most 3 arguments, got ${args.length}`);
  const ints = args.map(rangeIntArg);
  if (ints.some((x) => typeof x === 'bigint')) {
    if (ints.length === 3 && ints[2] == 0) throw pyErr(ValueError, 'range() arg 3 must not be zero');
    return ints.length === 1 ? rangeBig(0, ints[0], 1) : rangeBig(ints[0], ints[1], ints.length === 3 ? ints[2] : 1);
  }
  const [a, b, c] = args.map(rangeArg);
  if (args.length === 1) return new PyRange(0, a, 1);
  if (c === 0) throw pyErr(ValueError, 'range() arg 3 must not be zero');
  return new PyRange(a, b, args.length === 3 ? c : 1);
};
method(rangeType, '__repr__', (self) => { const r = bigOf(self) ?? r_(self); if (r instanceof PyBigRange) return r.bstep === 1n ? `range(${r.bstart}, ${r.bstop})` : `range(${r.bstart}, ${r.bstop}, ${r.bstep})`; return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`; });
method(rangeType, '__len__', (self) => {
  const b = bigOf(self);
  if (b) { const n = b.blength; if (n > 9223372036854775807n) throw pyErr(OverflowError, 'Python int too large to convert to C ssize_t'); return I.norm(n); }
  return r_(self).length;
});
method(rangeType, '__bool__', (self) => { const b = bigOf(self); return b ? b.blength > 0n : r_(self).length > 0; });
method(rangeType, '__iter__', (self) => {
  const b = bigOf(self);
  if (b) {
    const n = b.blength; let i = 0n;
    const it = new PyIter(() => (i < n ? b.at(i++) : STOP), iterTypes.longrange_iterator);
    it.hint = () => I.norm(n - i) as number;
    return it;
  }
  const r = r_(self);
  const n = r.length;
  let k = 0;
  const it = new PyIter(() => (k < n ? r.start + r.step * k++ : STOP), iterTypes.range_iterator);
  it.hint = () => n - k;
  return it;
});
method(rangeType, '__reversed__', (self) => {
  const b = bigOf(self);
  if (b) {
    let k = b.blength - 1n;
    const it = new PyIter(() => (k >= 0n ? b.at(k--) : STOP), iterTypes.longrange_iterator);
    it.hint = () => I.norm(k + 1n) as number;
    return it;
  }
  const r = r_(self); const n = r.length; let k = n - 1;
  const it = new PyIter(() => (k >= 0 ? r.start + r.step * k-- : STOP), iterTypes.range_iterator);
  it.hint = () => k + 1;
  return it;
});
method(rangeType, '__contains__', (self, args) => {
  const r = r_(self); const x = args[0];
  const b = bigOf(self);
  if (b && (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean')) return b.index(x) >= 0n;
  if (typeof x !== 'number' && typeof x !== 'boolean') return toArray(self).some((v) => eq(v, x));
  const v = Number(x);
  if (!Number.isInteger(v)) return false;
  if (r.step > 0 ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return false;
  return (v - r.start) % r.step === 0;
});
method(rangeType, '__getitem__', (self, args) => {
  const r = r_(self); const k = args[0];
  const b = bigOf(self) ?? (typeof k === 'bigint' ? new PyBigRange(BigInt(r.start), BigInt(r.stop), BigInt(r.step)) : null);
  if (b) {
    const n = b.blength;
    if (k instanceof PySlice) {
      const [start, stop, step] = bigSliceIndices(k, n);
      return rangeBig(b.bstart + start * b.bstep, b.bstart + stop * b.bstep, step * b.bstep);
    }
    let i = BigInt(indexOf(k));
    if (i < 0n) i += n;
    if (i < 0n || i >= n) throw pyErr(IndexError, 'range object index out of range');
    return b.at(i);
  }
  if (k instanceof PySlice) {
    const [start, stop, step] = sliceIndices(k, r.length);
    return new PyRange(r.start + start * r.step, r.start + stop * r.step, step * r.step);
  }
  return r.start + seqIndex(k, r.length, 'range object') * r.step;
});
method(rangeType, '__eq__', (self, args) => {
  const a = r_(self), b = args[0];
  if (!(b instanceof PyRange)) return NotImplemented;
  if (a instanceof PyBigRange || b instanceof PyBigRange) {
    const x = a instanceof PyBigRange ? a : new PyBigRange(BigInt(a.start), BigInt(a.stop), BigInt(a.step));
    const y = b instanceof PyBigRange ? b : new PyBigRange(BigInt(b.start), BigInt(b.stop), BigInt(b.step));
    const n = x.blength;
    if (n !== y.blength) return false;
    return n === 0n || (x.bstart === y.bstart && (n === 1n || x.bstep === y.bstep));
  }
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  return a.start === b.start && (a.length === 1 || a.step === b.step);
});
method(rangeType, '__hash__', (self) => {
  const b = bigOf(self);
  if (b) { const n = b.blength; return hashTuple([I.norm(n), n === 0n ? None : b.at(0n), n <= 1n ? None : I.norm(b.bstep)]); }
  const r = r_(self); return hashTuple([r.length, r.start, r.step]);
});
method(rangeType, 'index', (self, args) => {
  const b = bigOf(self);
  if (b) { const i = b.index(args[0]); if (i < 0n) throw pyErr(ValueError, `${repr(args[0])} is not in range`); return I.norm(i); } const r = r_(self); const i = toArray(self).findIndex((v) => eq(v, args[0])); if (i < 0) throw pyErr(ValueError, `${repr(args[0])} is not in range`); void r; return i; });
method(rangeType, 'count', (self, args) => bigOf(self) ? (bigOf(self)!.index(args[0]) >= 0n ? 1 : 0) : toArray(self).filter((v) => eq(v, args[0])).length);
getter(rangeType, 'start', (self) => (bigOf(self) ? I.norm(bigOf(self)!.bstart) : r_(self).start));
getter(rangeType, 'stop', (self) => (bigOf(self) ? I.norm(bigOf(self)!.bstop) : r_(self).stop));
getter(rangeType, 'step', (self) => (bigOf(self) ? I.norm(bigOf(self)!.bstep) : r_(self).step));
function bigSliceIndices(s: PySlice, n: bigint): [bigint, bigint, bigint] {
  const step = s.step === None ? 1n : BigInt(indexOf(s.step));
  if (step === 0n) throw pyErr(ValueError, 'slice step cannot be zero');
  const clamp = (v: PyVal, dflt: bigint, lo: bigint, hi: bigint): bigint => {
    if (v === None) return dflt;
    let k = BigInt(indexOf(v));
    if (k < 0n) { k += n; if (k < lo) k = lo; } else if (k > hi) k = hi;
    return k;
  };
  if (step > 0n) return [clamp(s.start, 0n, 0n, n), clamp(s.stop, n, 0n, n), step];
  return [clamp(s.start, n - 1n, -1n, n - 1n), clamp(s.stop, -1n, -1n, n - 1n), step];
}

// ---------------------------------------------------------------- slice
sliceType.native = (_cls, args) => {
  nargs('slice', args, 1, 3);
  if (args.length === 1) return new PySlice(None, args[0], None);
  return new PySlice(args[0], args[1], args.length > 2 ? args[2] : None);
};
method(sliceType, '__repr__', (self) => { const s = self as PySlice; return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`; });
method(sliceType, 'indices', (self, args) => tuple(sliceIndices(self as PySlice, Number(indexOf(args[0])))));
method(sliceType, '__eq__', (self, args) => { const a = self as PySlice, b = args[0]; return b instanceof PySlice ? eq(a.start, b.start) && eq(a.stop, b.stop) && eq(a.step, b.step) : NotImplemented; });
sliceType.dict.set('__hash__', None);
getter(sliceType, 'start', (self) => (self as PySlice).start);
getter(sliceType, 'stop', (self) => (self as PySlice).stop);
getter(sliceType, 'step', (self) => (self as PySlice).step);

// ---------------------------------------------------------------- native iterators
method(iteratorType, '__iter__', (self) => self);
method(iteratorType, '__next__', (self) => {
  const v = (self as PyIter).next();
  if (v === STOP) throw stopIter();
  return v;
});
let stopIter: () => PyVal = () => None;
export function setStopIteration(f: () => PyVal): void { stopIter = f; }
export { iter, next, contains, itemsOf, EMPTY_TUPLE, I };

// ---------------------------------------------------------------- operator slots of builtin containers
// The operators compute these natively (ops.binopSlow); the dunders are for explicit calls and super().
{
  type Op = '|' | '&' | '-' | '^' | '*' | '%';
  const slot = (t: PyType, name: string, op: Op, reflected: boolean) => {
    method(t, name, (self, args) => {
      let o = args[0];
      if (op === '*' && asInt(o) === undefined && o instanceof PyObject && !(o instanceof PyFloat) && typeOf(o).lookup('__index__') !== undefined) o = indexOf(o);
      const a = unbox(self), b = unbox(o);
      return reflected ? nativeBinop[op](b, a) : nativeBinop[op](a, b);
    });
    builtinNumSlots.add(t.dict.get(name));
  };
  const pairs: [Op, string, string][] = [['|', '__or__', '__ror__'], ['&', '__and__', '__rand__'], ['-', '__sub__', '__rsub__'], ['^', '__xor__', '__rxor__']];
  for (const t of [setType, frozensetType]) for (const [op, name, rname] of pairs) { slot(t, name, op, false); slot(t, rname, op, true); }
  slot(dictType, '__ror__', '|', true);
  slot(listType, '__rmul__', '*', true);
  for (const t of [tupleType, strType]) { slot(t, '__mul__', '*', false); slot(t, '__rmul__', '*', true); }
  slot(strType, '__rmod__', '%', true);
}

checkArity(listType, { copy: 'none', clear: 'none', reverse: 'none' });
checkArity(dictType, { keys: 'none', items: 'none', values: 'none', copy: 'none', clear: 'none', popitem: 'none' });
checkArity(setType, { copy: 'none', clear: 'none', pop: 'none', isdisjoint: 'one' });
checkArity(frozensetType, { copy: 'none', isdisjoint: 'one' });
checkSlotArity(listType, ['__getitem__']);
checkSlotArity(tupleType);
checkSlotArity(dictType, ['__getitem__', '__contains__']);
checkArity(listType, { __getitem__: 'one' });
checkArity(dictType, { __getitem__: 'one', __contains__: 'one' });
for (const t of [setType, frozensetType]) {
  checkSlotArity(t, ['__contains__']);
  checkArity(t, { __contains__: 'one', issubset: 'one', issuperset: 'one', symmetric_difference: 'one' });
}
checkArity(setType, { symmetric_difference_update: 'one', discard: 'one', add: 'one', remove: 'one' });
