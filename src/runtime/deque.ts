// collections.deque: a ring buffer, so appends and pops at both ends are O(1) (asyncio's waiter
// queues rely on it). Exposed to Python as `_collections.deque`.
import { PyObject, PyType, PyVal, None, NotImplemented, makeType, objectType, AttrMap, PyFloat } from './object';
import { PyIter, STOP, PyList, PyTuple, PyClassMethod, listType, typeOf, iterTypes } from './types';
import { pyErr, IndexError, ValueError, RuntimeError, TypeError } from './exceptions';
import { repr, eq, toArray, asInt, indexOf, typeName, reprEnter, reprLeave, less, call } from './ops';
import { method, getter, params, classFn, checkArity, checkSlotArity } from './native';

export class PyDeque extends PyObject {
  buf: PyVal[] = new Array(8);
  head = 0;
  length = 0;
  maxlen: number | null = null;
  /** Bumped by every mutation, so iterators can detect one. */
  state = 0;
  constructor(cls: PyType) { super(cls, cls.hasDict ? new AttrMap() : null); }

  at(i: number): PyVal { return this.buf[(this.head + i) & (this.buf.length - 1)]; }
  setAt(i: number, v: PyVal): void { this.buf[(this.head + i) & (this.buf.length - 1)] = v; }
  private grow(): void {
    if (this.length < this.buf.length) return;
    const items = this.toArray();
    this.buf = new Array(this.buf.length * 2);
    for (let i = 0; i < items.length; i++) this.buf[i] = items[i];
    this.head = 0;
  }
  toArray(): PyVal[] {
    const out = new Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.at(i);
    return out;
  }
  replace(items: PyVal[]): void {
    let n = 8;
    while (n < items.length) n *= 2;
    this.buf = new Array(n);
    for (let i = 0; i < items.length; i++) this.buf[i] = items[i];
    this.head = 0;
    this.length = items.length;
    this.state++;
  }
  pushRight(v: PyVal): void {
    this.state++;
    if (this.maxlen === 0) return;
    if (this.maxlen !== null && this.length === this.maxlen) this.popLeft();
    this.grow();
    this.setAt(this.length, v);
    this.length++;
  }
  pushLeft(v: PyVal): void {
    this.state++;
    if (this.maxlen === 0) return;
    if (this.maxlen !== null && this.length === this.maxlen) this.popRight();
    this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.length++;
  }
  popRight(): PyVal {
    if (!this.length) throw pyErr(IndexError, 'pop from an empty deque');
    this.state++;
    this.length--;
    const v = this.at(this.length);
    this.setAt(this.length, undefined);
    return v;
  }
  popLeft(): PyVal {
    if (!this.length) throw pyErr(IndexError, 'pop from an empty deque');
    this.state++;
    const v = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.length--;
    return v;
  }
  /** Removes the element at index i (0 and length-1 are O(1)). */
  removeAt(i: number): void {
    if (i === 0) { this.popLeft(); return; }
    if (i === this.length - 1) { this.popRight(); return; }
    const items = this.toArray();
    items.splice(i, 1);
    this.replace(items);
  }
}

export const dequeType = makeType('deque', [objectType], false);
dequeType.module = 'collections';
dequeType.tpName = 'collections.deque';
dequeType.native = (cls) => new PyDeque(cls);
const dq = (self: PyVal): PyDeque => {
  if (!(self instanceof PyDeque)) throw pyErr(TypeError, `descriptor requires a 'collections.deque' object but received a '${typeName(self)}'`);
  return self;
};
function index(d: PyDeque, k: PyVal): number {
  if (asInt(k) === undefined && typeof k === 'object' && !(k instanceof PyObject && k.cls.lookup('__index__'))) {
    throw pyErr(TypeError, `sequence index must be integer, not '${typeName(k)}'`);
  }
  let i = Number(indexOf(k));
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length) throw pyErr(IndexError, 'deque index out of range');
  return i;
}

method(dequeType, '__init__', (self, args, kw) => {
  const d = dq(self);
  const [it, maxlen] = params('deque', args, kw, ['iterable', 'maxlen']);
  if (maxlen !== undefined && maxlen !== None) {
    const m = asInt(maxlen);
    if (m === undefined) throw pyErr(TypeError, 'an integer is required');
    if (Number(m) < 0) throw pyErr(ValueError, 'maxlen must be non-negative');
    d.maxlen = Number(m);
  } else d.maxlen = null;
  d.replace([]);
  if (it !== undefined) for (const v of toArray(it)) d.pushRight(v);
  return None;
});
getter(dequeType, 'maxlen', (self) => dq(self).maxlen ?? None);
method(dequeType, 'append', (self, args) => { dq(self).pushRight(args[0]); return None; });
method(dequeType, 'appendleft', (self, args) => { dq(self).pushLeft(args[0]); return None; });
method(dequeType, 'pop', (self) => dq(self).popRight());
method(dequeType, 'popleft', (self) => dq(self).popLeft());
method(dequeType, 'extend', (self, args) => { const d = dq(self); for (const v of toArray(args[0])) d.pushRight(v); return None; });
method(dequeType, 'extendleft', (self, args) => { const d = dq(self); for (const v of toArray(args[0])) d.pushLeft(v); return None; });
method(dequeType, 'clear', (self) => { dq(self).replace([]); return None; });
method(dequeType, 'copy', (self) => copyOf(dq(self)));
method(dequeType, '__copy__', (self) => copyOf(dq(self)));
function copyOf(d: PyDeque): PyDeque {
  const c = new PyDeque(d.cls);
  c.maxlen = d.maxlen;
  c.replace(d.toArray());
  return c;
}
method(dequeType, 'count', (self, args) => dq(self).toArray().filter((v) => v === args[0] || eq(v, args[0])).length);
method(dequeType, 'index', (self, args) => {
  const d = dq(self);
  const items = d.toArray();
  const norm = (v: PyVal, dflt: number) => {
    if (v === undefined) return dflt;
    if (typeof v === 'string' || v === None || v instanceof PyFloat || (v instanceof PyObject && typeOf(v).lookup('__index__') === undefined)) throw pyErr(TypeError, 'slice indices must be integers or have an __index__ method');
    let i = Number(indexOf(v)); if (i < 0) { i += items.length; if (i < 0) i = 0; } return Math.min(i, items.length); };
  const a = norm(args[1], 0), b = norm(args[2], items.length);
  const state = d.state;
  for (let i = a; i < b; i++) {
    if (items[i] === args[0] || eq(items[i], args[0])) return i;
    if (d.state !== state) throw pyErr(RuntimeError, 'deque mutated during iteration');
  }
  throw pyErr(ValueError, `${repr(args[0])} is not in deque`);
});
method(dequeType, 'insert', (self, args) => {
  const d = dq(self);
  if (d.maxlen !== null && d.length >= d.maxlen) throw pyErr(IndexError, 'deque already at its maximum size');
  let i = Number(indexOf(args[0]));
  const n = d.length;
  if (i < 0) { i += n; if (i < 0) i = 0; } else if (i > n) i = n;
  if (i === n) d.pushRight(args[1]);
  else if (i === 0) d.pushLeft(args[1]);
  else { const items = d.toArray(); items.splice(i, 0, args[1]); d.replace(items); }
  return None;
});
method(dequeType, 'remove', (self, args) => {
  const d = dq(self);
  for (let i = 0; i < d.length; i++) {
    const v = d.at(i);
    if (v === args[0] || eq(v, args[0])) { d.removeAt(i); return None; }
  }
  throw pyErr(ValueError, `${repr(args[0])} is not in deque`);
});
method(dequeType, 'reverse', (self) => { const d = dq(self); d.replace(d.toArray().reverse()); return None; });
method(dequeType, 'rotate', (self, args) => {
  const d = dq(self);
  const n = d.length;
  let k = args.length ? Number(indexOf(args[0])) : 1;
  if (n <= 1 || k === 0) return None;
  k = ((k % n) + n) % n;
  for (let i = 0; i < k; i++) d.pushLeft(d.popRight());
  return None;
});
method(dequeType, '__len__', (self) => dq(self).length);
method(dequeType, '__bool__', (self) => dq(self).length > 0);
method(dequeType, '__iter__', (self) => {
  const d = dq(self);
  const state = d.state;
  let i = 0;
  const it = new PyIter(() => {
    if (d.state !== state) throw pyErr(RuntimeError, 'deque mutated during iteration');
    return i < d.length ? d.at(i++) : STOP;
  }, iterTypes._deque_iterator);
  it.hint = () => Math.max(0, d.length - i);
  return it;
});
method(dequeType, '__reversed__', (self) => {
  const d = dq(self);
  const state = d.state;
  let i = d.length - 1;
  const it = new PyIter(() => {
    if (d.state !== state) throw pyErr(RuntimeError, 'deque mutated during iteration');
    return i >= 0 ? d.at(i--) : STOP;
  }, iterTypes._deque_reverse_iterator);
  it.hint = () => Math.max(0, i + 1);
  return it;
});
method(dequeType, '__getitem__', (self, args) => { const d = dq(self); return d.at(index(d, args[0])); });
method(dequeType, '__setitem__', (self, args) => { const d = dq(self); d.setAt(index(d, args[0]), args[1]); return None; });
method(dequeType, '__delitem__', (self, args) => { const d = dq(self); d.removeAt(index(d, args[0])); return None; });
method(dequeType, '__contains__', (self, args) => dq(self).toArray().some((v) => v === args[0] || eq(v, args[0])));
method(dequeType, '__repr__', (self) => {
  const d = dq(self);
  const name = d.cls.name;
  if (!reprEnter(self)) return '[...]';
  try {
    const body = '[' + d.toArray().map(repr).join(', ') + ']';
    return d.maxlen === null ? `${name}(${body})` : `${name}(${body}, maxlen=${d.maxlen})`;
  } finally { reprLeave(self); }
});
method(dequeType, '__add__', (self, args) => {
  const d = dq(self), o = args[0];
  if (!(o instanceof PyDeque)) throw pyErr(TypeError, `can only concatenate deque (not "${typeName(o)}") to deque`);
  const c = copyOf(d);
  for (const v of o.toArray()) c.pushRight(v);
  return c;
});
method(dequeType, '__iadd__', (self, args) => { const d = dq(self); for (const v of toArray(args[0])) d.pushRight(v); return self; });
method(dequeType, '__mul__', (self, args) => {
  const d = dq(self);
  const n = Number(indexOf(args[0]));
  const c = copyOf(d);
  c.replace([]);
  for (let k = 0; k < n; k++) for (const v of d.toArray()) c.pushRight(v);
  return c;
});
dequeType.dict.set('__rmul__', dequeType.dict.get('__mul__'));
method(dequeType, '__imul__', (self, args) => {
  const d = dq(self);
  const n = Number(indexOf(args[0]));
  const items = d.toArray();
  d.replace([]);
  for (let k = 0; k < n; k++) for (const v of items) d.pushRight(v);
  return self;
});
function cmp(op: string): void {
  method(dequeType, op, (self, args) => {
    const o = args[0];
    if (!(o instanceof PyDeque)) return NotImplemented;
    const a = dq(self).toArray(), b = o.toArray();
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (a[i] === b[i] || eq(a[i], b[i])) continue;
      if (op === '__eq__') return false;
      if (op === '__ne__') return true;
      const lt = less(a[i], b[i]);
      return op === '__lt__' || op === '__le__' ? lt : !lt;
    }
    const d = a.length - b.length;
    switch (op) {
      case '__eq__': return d === 0; case '__ne__': return d !== 0;
      case '__lt__': return d < 0; case '__le__': return d <= 0;
      case '__gt__': return d > 0; default: return d >= 0;
    }
  });
}
for (const op of ['__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__']) cmp(op);
dequeType.dict.set('__hash__', None);
// As CPython: (type, ((), maxlen) or (), None, iterator over the items).
function reduce(self: PyVal): PyVal {
  const d = dq(self);
  const args = d.maxlen === null ? new PyTuple([]) : new PyTuple([new PyTuple([]), d.maxlen]);
  const items = d.toArray();
  let i = 0;
  return new PyTuple([d.cls, args, None, new PyIter(() => (i < items.length ? items[i++] : STOP))]);
}
method(dequeType, '__reduce__', reduce);
method(dequeType, '__reduce_ex__', reduce);
// types.GenericAlias(cls, item), as list.__class_getitem__ builds it.
classFn(dequeType, '__class_getitem__', (args) => call((listType.dict.get('__class_getitem__') as PyClassMethod).func, args));

checkSlotArity(dequeType);
checkArity(dequeType, {
  pop: 'none', popleft: 'none', clear: 'none', copy: 'none', reverse: 'none', append: 'one', appendleft: 'one', extend: 'one',
  extendleft: 'one', remove: 'one', count: 'one', insert: ['exact', 2], index: ['parse', 1, 3], rotate: ['named', 0, 1, 'deque.rotate'],
});
