// The builtin types and the container classes that hold their instances.
import { PyObject, PyType, PyFloat, PyVal, AttrMap, makeType, objectType, typeType, functionType, builtinFunctionType,
  methodType, noneType, notImplementedType, ellipsisType, methodDescriptorType } from './object';

export const intType = makeType('int');
export const boolType = makeType('bool', [intType]);
export const floatType = makeType('float');
export const strType = makeType('str');
export const bytesType = makeType('bytes');
export const listType = makeType('list');
export const tupleType = makeType('tuple');
export const dictType = makeType('dict');
export const setType = makeType('set');
export const frozensetType = makeType('frozenset');
export const rangeType = makeType('range');
export const sliceType = makeType('slice');
export const propertyType = makeType('property');
export const staticmethodType = makeType('staticmethod');
export const classmethodType = makeType('classmethod');
export const superType = makeType('super');
export const generatorType = makeType('generator');
export const coroutineType = makeType('coroutine');
export const asyncGeneratorType = makeType('async_generator');
export const moduleType = makeType('module', [objectType], true);
export const cellType = makeType('cell');
export const iteratorType = makeType('iterator');
/** CPython's iterator types of the builtin containers (`type(iter([]))` is list_iterator): PyIters
 * of that class, with iterator's methods. */
export const iterTypes = Object.fromEntries(['list_iterator', 'list_reverseiterator', 'tuple_iterator', 'str_iterator',
  'str_ascii_iterator', 'range_iterator', 'longrange_iterator', 'dict_keyiterator', 'dict_valueiterator',
  'dict_itemiterator', 'dict_reversekeyiterator', 'dict_reversevalueiterator', 'dict_reverseitemiterator', 'set_iterator',
  'bytes_iterator', 'bytearray_iterator', '_deque_iterator', '_deque_reverse_iterator', 'reversed'].map((n) => [n, makeType(n, [iteratorType])])) as Record<string, PyType>;
export const dictKeysType = makeType('dict_keys');
export const dictValuesType = makeType('dict_values');
export const dictItemsType = makeType('dict_items');
export const frameType = makeType('frame');
export const tracebackType = makeType('traceback');
export { objectType, typeType, functionType, builtinFunctionType, methodType, noneType, notImplementedType, ellipsisType, methodDescriptorType };

export function typeOf(v: PyVal): PyType {
  switch (typeof v) {
    case 'number': case 'bigint': return intType;
    case 'string': return strType;
    case 'boolean': return boolType;
  }
  if (v instanceof PyFloat) return floatType;
  return (v as PyObject).cls;
}

// Instances of user subclasses of builtin types carry an attribute dict.
export class PyList extends PyObject {
  constructor(public items: PyVal[], cls: PyType = listType) { super(cls, cls.hasDict ? new AttrMap() : null); }
}
export class PyTuple extends PyObject {
  hashCache: number | bigint | undefined;
  constructor(public items: PyVal[], cls: PyType = tupleType) { super(cls, cls.hasDict ? new AttrMap() : null); }
}
export const EMPTY_TUPLE = new PyTuple([]);
export function tuple(items: PyVal[]): PyTuple { return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items); }

export class PyBytes extends PyObject {
  constructor(public bytes: Uint8Array, cls: PyType = bytesType) { super(cls, cls.hasDict ? new AttrMap() : null); }
}
export class PyRange extends PyObject {
  constructor(public start: number, public stop: number, public step: number) { super(rangeType, null); }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
}
export class PySlice extends PyObject {
  constructor(public start: PyVal, public stop: PyVal, public step: PyVal) { super(sliceType, null); }
}
export class PyProperty extends PyObject {
  /** The attribute name given by __set_name__ (or copied by getter/setter/deleter). */
  name: string | undefined = undefined;
  constructor(public fget: PyVal, public fset: PyVal, public fdel: PyVal, public doc: PyVal) { super(propertyType, null); }
}
export class PyStaticMethod extends PyObject {
  constructor(public func: PyVal) { super(staticmethodType, null); }
}
export class PyClassMethod extends PyObject {
  constructor(public func: PyVal) { super(classmethodType, null); }
}
export class PySuper extends PyObject {
  constructor(public thisType: PyType, public obj: PyVal, public objType: PyType) { super(superType, null); }
}
export class PyModule extends PyObject {
  constructor(public name: string, dict: Map<string, PyVal>) { super(moduleType, dict); }
}
/** A native iterator: `next` returns STOP when exhausted. */
export const STOP: unique symbol = Symbol('stop');
export class PyIter extends PyObject {
  /** The items left, for __length_hint__ (sequence iterators). */
  hint?: () => number;
  constructor(public next: () => PyVal, cls: PyType = iteratorType) { super(cls, null); }
}
