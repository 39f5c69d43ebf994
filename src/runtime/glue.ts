// Late bindings between runtime modules that would otherwise import each other in a cycle.
import { NotImplemented } from './object';
import { PyBytes, PyIter, STOP } from './types';
import { setNotImplemented, setKeyErr, setIterOf, formatValueHook } from './str';
import { setBytesFactory } from './numbers';
import { setGetitem, setStopIteration } from './containers';
import { keyError, getitem, seqIter } from './ops';
import { formatValue } from './builtins';
import { pyErr, StopIteration, TypeError } from './exceptions';
import { PyType, PyBuiltin } from './object';
import { intType, boolType, floatType, strType, bytesType, tupleType, listType, dictType, setType, frozensetType, rangeType, sliceType, PyStaticMethod } from './types';
import { nativeNews, typeName } from './ops';

setNotImplemented(NotImplemented);
setKeyErr((k) => { throw keyError(k); });
setIterOf((items) => seqIter(items));
setBytesFactory((u) => new PyBytes(u));
setGetitem(getitem);
setStopIteration(() => { throw pyErr(StopIteration); });
formatValueHook.fn = formatValue;

// Builtin types' __new__(cls, ...) for subclasses that call it explicitly (super().__new__(cls, v)).
for (const t of [intType, boolType, floatType, strType, bytesType, tupleType, listType, dictType, setType, frozensetType, rangeType, sliceType]) {
  const native = t.native!;
  const nw = new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) throw pyErr(TypeError, `${t.name}.__new__(X): X is not a type object (${typeName(cls)})`);
    if (!cls.isSubtypeOf(t)) throw pyErr(TypeError, `${t.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${t.name}`);
    return native(cls, args.slice(1), kw);
  }));
  nativeNews.add(nw);
  t.dict.set('__new__', nw);
}
void PyIter; void STOP;
