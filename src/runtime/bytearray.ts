// bytearray: mutable bytes. Shares bytes' read-only methods (str.ts installBytesMethods); adds mutation.
import { PyVal, None, PyFloat, PyType, makeType } from './object';
import { PyBytes, PySlice } from './types';
import { pyErr, TypeError, ValueError, IndexError } from './exceptions';
import { asInt, typeName, toArray, sliceIndices, sliceLength, indexOf, typeOf, unbox } from './ops';
import { method, nargs, descriptorError, checkArity, checkSlotArity } from './native';
import { installBytesMethods, bytesFromArgs, bytesRepr, byteValue, repeatBytes, concat, bytesLike, sharedArity } from './str';

export const bytearrayType = makeType('bytearray');

/** A bytearray: `bytes` is always a view of the first `len` bytes of `buf`. */
export class PyByteArray extends PyBytes {
  buf: Uint8Array;
  len: number;
  constructor(init: Uint8Array, cls: PyType = bytearrayType) {
    super(init, cls);
    this.buf = init;
    this.len = init.length;
  }
  /** Replaces the contents. */
  set(u: Uint8Array): void {
    this.buf = u; this.len = u.length; this.bytes = u;
  }
  private reserve(n: number): void {
    if (n <= this.buf.length) return;
    const nb = new Uint8Array(Math.max(n, this.buf.length * 2, 16));
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }
  push(c: number): void {
    this.reserve(this.len + 1);
    this.buf[this.len++] = c;
    this.bytes = this.buf.subarray(0, this.len);
  }
  append(u: Uint8Array): void {
    const copy = u.slice();
    this.reserve(this.len + copy.length);
    this.buf.set(copy, this.len);
    this.len += copy.length;
    this.bytes = this.buf.subarray(0, this.len);
  }
  /** Replaces bytes [a, b) with u. */
  splice(a: number, b: number, u: Uint8Array): void {
    const cur = this.bytes;
    this.set(concat(cur.subarray(0, a), u.slice(), cur.subarray(b)));
  }
}

const mk = (u: Uint8Array): PyVal => new PyByteArray(u);
bytearrayType.native = (cls, args, kw) => new PyByteArray(bytesFromArgs('bytearray', args, kw), cls);
installBytesMethods(bytearrayType, mk);
bytearrayType.dict.set('__hash__', None);

function ba(self: PyVal, name: string): PyByteArray {
  if (!(self instanceof PyByteArray)) throw descriptorError(name, 'bytearray', self);
  return self;
}
function index(k: PyVal): number | undefined {
  const i = asInt(k);
  if (i !== undefined) return Number(i);
  if (typeof k === 'object' && !(k instanceof PyFloat) && k !== None && !(k instanceof PySlice) && typeOf(k).lookup('__index__') !== undefined) return Number(indexOf(k));
  return undefined;
}
/** The bytes of a value assigned to a slice, or of extend()'s argument. */
function sourceBytes(v: PyVal, what: 'slice' | 'extend'): Uint8Array {
  const b = bytesLike(v);
  if (b) return b.slice();
  if (what === 'slice' && typeof unbox(v) === 'string') throw pyErr(TypeError, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  if (asInt(v) !== undefined || v instanceof PyFloat || v === None) {
    throw pyErr(TypeError, what === 'slice' ? 'can assign only bytes, buffers, or iterables of ints in range(0, 256)' : `can't extend bytearray with ${typeName(v)}`);
  }
  return Uint8Array.from(toArray(v).map(byteValue));
}

method(bytearrayType, '__repr__', (self) => {
  const t = typeOf(self);
  return `${t.name}(${bytesRepr(ba(self, '__repr__').bytes, true)})`;
});
method(bytearrayType, '__setitem__', (self, args) => {
  nargs('__setitem__', args, 2);
  const b = ba(self, '__setitem__');
  const [k, v] = args;
  if (k instanceof PySlice) {
    const n = b.len;
    const src = sourceBytes(v, 'slice');
    const [start, stop, step] = sliceIndices(k, n);
    if (step === 1) {
      b.splice(start, Math.max(start, stop), src);
      return None;
    }
    const cnt = sliceLength(start, stop, step);
    if (src.length !== cnt) throw pyErr(ValueError, `attempt to assign bytes of size ${src.length} to extended slice of size ${cnt}`);
    for (let i = 0, j = start; i < cnt; i++, j += step) b.buf[j] = src[i];
    return None;
  }
  const i0 = index(k);
  if (i0 === undefined) throw pyErr(TypeError, `bytearray indices must be integers or slices, not ${typeName(k)}`);
  const i = i0 < 0 ? i0 + b.len : i0;
  if (i < 0 || i >= b.len) throw pyErr(IndexError, 'bytearray index out of range');
  b.buf[i] = byteValue(v);
  return None;
});
method(bytearrayType, '__delitem__', (self, args) => {
  nargs('__delitem__', args, 1);
  const b = ba(self, '__delitem__');
  const k = args[0];
  if (k instanceof PySlice) {
    const [start, stop, step] = sliceIndices(k, b.len);
    if (step === 1) { if (stop > start) b.splice(start, stop, new Uint8Array()); return None; }
    const cnt = sliceLength(start, stop, step);
    const drop = new Set<number>();
    for (let i = 0, j = start; i < cnt; i++, j += step) drop.add(j);
    b.set(b.bytes.filter((_, i) => !drop.has(i)));
    return None;
  }
  const i0 = index(k);
  if (i0 === undefined) throw pyErr(TypeError, `bytearray indices must be integers or slices, not ${typeName(k)}`);
  const i = i0 < 0 ? i0 + b.len : i0;
  if (i < 0 || i >= b.len) throw pyErr(IndexError, 'bytearray index out of range');
  b.splice(i, i + 1, new Uint8Array());
  return None;
});
method(bytearrayType, '__iadd__', (self, args) => {
  const b = ba(self, '__iadd__');
  const o = bytesLike(args[0]);
  if (!o) throw pyErr(TypeError, `can't concat ${typeName(args[0])} to bytearray`);
  b.append(o);
  return b;
});
method(bytearrayType, '__imul__', (self, args) => {
  const b = ba(self, '__imul__');
  const r = repeatBytes(b.bytes, args[0]);
  if (!r) throw pyErr(TypeError, `can't multiply sequence by non-int of type '${typeName(args[0])}'`);
  b.set(r);
  return b;
});
method(bytearrayType, 'append', (self, args) => { nargs('append', args, 1); ba(self, 'append').push(byteValue(args[0])); return None; });
method(bytearrayType, 'extend', (self, args) => { nargs('extend', args, 1); const b = ba(self, 'extend'); b.append(sourceBytes(args[0], 'extend')); return None; });
method(bytearrayType, 'pop', (self, args) => {
  nargs('pop', args, 0, 1);
  const b = ba(self, 'pop');
  if (b.len === 0) throw pyErr(IndexError, 'pop from empty bytearray');
  let i = args.length ? Number(indexOf(args[0])) : -1;
  if (i < 0) i += b.len;
  if (i < 0 || i >= b.len) throw pyErr(IndexError, 'pop index out of range');
  const v = b.buf[i];
  if (i === b.len - 1) { b.len--; b.bytes = b.buf.subarray(0, b.len); } else b.splice(i, i + 1, new Uint8Array());
  return v;
});
method(bytearrayType, 'insert', (self, args) => {
  nargs('insert', args, 2);
  const b = ba(self, 'insert');
  let i = Number(indexOf(args[0]));
  const v = byteValue(args[1]);
  if (i < 0) { i += b.len; if (i < 0) i = 0; } else if (i > b.len) i = b.len;
  b.splice(i, i, Uint8Array.of(v));
  return None;
});
method(bytearrayType, 'remove', (self, args) => {
  nargs('remove', args, 1);
  const b = ba(self, 'remove');
  const v = byteValue(args[0]);
  const i = b.bytes.indexOf(v);
  if (i < 0) throw pyErr(ValueError, 'value not found in bytearray');
  b.splice(i, i + 1, new Uint8Array());
  return None;
});
method(bytearrayType, 'reverse', (self) => { const b = ba(self, 'reverse'); b.bytes.reverse(); return None; });
method(bytearrayType, 'clear', (self) => { ba(self, 'clear').set(new Uint8Array()); return None; });
method(bytearrayType, 'copy', (self) => new PyByteArray(ba(self, 'copy').bytes.slice()));
method(bytearrayType, '__alloc__', (self) => ba(self, '__alloc__').buf.length + 1);
checkArity(bytearrayType, {
  ...sharedArity, decode: ['parse', 0, 2], hex: ['parse', 0, 2], append: 'one', extend: 'one', remove: 'one', clear: 'none',
  copy: 'none', reverse: 'none', insert: [2, 2], pop: [0, 1],
});
checkSlotArity(bytearrayType);
