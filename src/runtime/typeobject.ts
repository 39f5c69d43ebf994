// object, type, functions, methods, descriptors, super, exceptions and generators as Python sees them;
// and class creation (`class` statements and type(name, bases, ns)).
import {
  PyObject, PyType, PyVal, Kw, None, NotImplemented, Ellipsis, PyFunction, PyBuiltin, PyNativeMethod, PyMethod, c3,
  objectType, typeType, functionType, builtinFunctionType, methodType, noneType, notImplementedType, ellipsisType,
  bumpTypeVersion, methodDescriptorType, PyFloat, makeType, PyGetSet,
} from './object';
import {
  PyTuple, tuple, PyProperty, PyStaticMethod, PyClassMethod, PySuper, propertyType, staticmethodType, classmethodType,
  superType, generatorType, moduleType, PyModule, typeOf, EMPTY_TUPLE, PyList, intType, floatType, strType, dictType,
  listType, tupleType, setType, frozensetType, cellType, PyBytes,
} from './types';
import { PyDict } from './dict';
import * as E from './exceptions';
import {
  PyException, BaseException, pyErr, TypeError, AttributeError, StopIteration, KeyError, SystemExit, NameError,
  newExc, isExc, ImportError, OSError, BaseExceptionGroup, ExceptionGroup, ValueError, Exception as ExceptionType,
} from './exceptions';
import {
  call, callBound, repr, str, defaultRepr, addressOf, objectNew, objectInit, objectHash, objectEq, objectNe, objectStr,
  objectGetattribute, objectSetattr, objectDelattr, typeCall, getattr, getattrOpt, bindDescriptor, typeName,
  toArray, isinstance, genericSetattr, attrError, propertyError, PyBoxed, hash, eq, unbox, truthy, getitem, setitem, delitem, contains, issubclass,
  genericAliasHook, indexOf,
} from './ops';
import { method, getter, staticFn, nargs, params } from './native';
import { PyGenerator, stopIteration } from './generator';
import { dictRepr } from './containers';
import { globalsDict } from './globalsDict';
import { Frame, state } from './frame';

// ---------------------------------------------------------------- object
objectType.dict.set('__new__', objectNew);
objectType.dict.set('__init__', objectInit);
objectType.dict.set('__hash__', objectHash);
objectType.dict.set('__eq__', objectEq);
objectType.dict.set('__ne__', objectNe);
objectType.dict.set('__str__', objectStr);
objectType.dict.set('__getattribute__', objectGetattribute);
objectType.dict.set('__setattr__', objectSetattr);
objectType.dict.set('__delattr__', objectDelattr);
method(objectType, '__repr__', (self) => defaultRepr(self));
method(objectType, '__format__', (self, args) => {
  if (args[0] !== '') throw pyErr(TypeError, `unsupported format string passed to ${typeName(self)}.__format__`);
  return str(self);
});
method(objectType, '__init_subclass__', () => None);
objectType.dict.set('__init_subclass__', new PyClassMethod(new PyBuiltin('__init_subclass__', (args, kw) => {
  const who = args[0] instanceof PyType ? `${args[0].qualname}.__init_subclass__()` : '__init_subclass__()';
  if (kw && kw.size) throw pyErr(TypeError, `${who} takes no keyword arguments`);
  if (args.length > 1) throw pyErr(TypeError, `${who} takes no arguments (${args.length - 1} given)`);
  return None;
})));
method(objectType, '__dir__', (self) => new PyList(dirOf(self)));
method(objectType, '__reduce_ex__', () => None);
getter(objectType, '__class__', (self) => typeOf(self), (self, v) => {
  if (!(v instanceof PyType)) throw pyErr(TypeError, `__class__ must be set to a class, not '${typeName(v)}' object`);
  const old = typeOf(self);
  // Only between classes defined in Python, with the same instance layout (CPython's compatible_for_assignment).
  const heap = (t: PyType) => t.dict.has('__module__') && !t.tpName;
  if (!(self instanceof PyObject) || self instanceof PyType || !heap(old) || !heap(v)) {
    throw pyErr(TypeError, '__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  const slotNames = (t: PyType) => t.mro.map((c) => { const sl = c.dict.get('__slots__'); return sl === undefined ? '' : repr(sl); }).join('|');
  if (v.native !== old.native || v.hasDict !== old.hasDict || slotNames(v) !== slotNames(old)) {
    throw pyErr(TypeError, `__class__ assignment: '${v.name}' object layout differs from '${old.name}'`);
  }
  self.cls = v;
});
/**
 * An instance's attribute Map once its __dict__ has been handed out: reads and writes go to that dict,
 * so `vars(obj)[k] = v` and `obj.k = v` see each other.
 */
class DictBackedMap extends Map<string, PyVal> {
  constructor(readonly d: PyDict) { super(); }
  override get(k: string): PyVal { return this.d.t.get(k); }
  override set(k: string, v: PyVal): this { this.d.t.set(k, v); return this; }
  override has(k: string): boolean { return this.d.t.find(k) >= 0; }
  override delete(k: string): boolean { return this.d.t.delete(k) !== undefined; }
  override clear(): void { for (const k of this.d.t.liveKeys()) this.d.t.delete(k); }
  override get size(): number { return this.d.t.size; }
  override *entries(): MapIterator<[string, PyVal]> { for (const k of this.d.t.liveKeys()) yield [k as string, this.d.t.get(k)]; }
  override *keys(): MapIterator<string> { for (const k of this.d.t.liveKeys()) yield k as string; }
  override *values(): MapIterator<PyVal> { for (const v of this.d.t.liveVals()) yield v; }
  override [Symbol.iterator](): MapIterator<[string, PyVal]> { return this.entries(); }
  override forEach(f: (v: PyVal, k: string, m: Map<string, PyVal>) => void): void { for (const [k, v] of this.entries()) f(v, k, this); }
}
/** obj.__dict__ / vars(obj): the live attribute dict of an instance. */
export function instanceDict(o: PyVal): PyDict | undefined {
  if (!(o instanceof PyObject) || !o.dict) return undefined;
  if (o.dict instanceof DictBackedMap) return o.dict.d;
  if (o instanceof PyModule) return globalsDict(o.dict);
  if (o instanceof PyType || o instanceof PyFunction) return PyDict.fromMap(o.dict);
  if (!o.cls.hasDict) return undefined;
  const d = PyDict.fromMap(o.dict);
  o.dict = new DictBackedMap(d);
  return d;
}
getter(objectType, '__dict__', (self) => {
  const d = instanceDict(self);
  if (d) return d;
  throw pyErr(AttributeError, `'${typeName(self)}' object has no attribute '__dict__'`);
}, (self, v) => {
  if (!(self instanceof PyObject) || !self.dict || self instanceof PyType) throw pyErr(AttributeError, `'${typeName(self)}' object has no attribute '__dict__'`);
  if (!(v instanceof PyDict)) throw pyErr(TypeError, `__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
  self.dict = new DictBackedMap(v);
});
for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) method(objectType, name, () => NotImplemented);

export function dirOf(o: PyVal): string[] {
  const names = new Set<string>();
  if (o instanceof PyObject && o.dict) for (const k of o.dict.keys()) names.add(k);
  const t = o instanceof PyType ? o : typeOf(o);
  for (const c of t.mro) {
    for (const k of c.dict.keys()) names.add(k);
    const slots = c.dict.get('__slots__');
    if (slots !== undefined) {
      try { for (const x of typeof slots === 'string' ? [slots] : toArray(slots)) if (typeof x === 'string') names.add(x); } catch { /* not iterable */ }
    }
  }
  return [...names].sort();
}

// ---------------------------------------------------------------- type
typeType.dict.set('__call__', typeCall);
typeType.native = (_cls, args) => {
  if (args.length === 1) return typeOf(args[0]);
  throw pyErr(TypeError, 'type() takes 1 or 3 arguments');
};
staticFn(typeType, '__new__', (args, kw) => {
  const [meta, name, bases, ns] = args;
  if (args.length === 2) return typeOf(name);
  if (args.length !== 4) throw pyErr(TypeError, 'type() takes 1 or 3 arguments');
  if (typeof unbox(name) !== 'string') throw pyErr(TypeError, `type.__new__() argument 1 must be str, not ${typeName(name)}`);
  if (!(bases instanceof PyTuple)) throw pyErr(TypeError, `type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
  if (!(ns instanceof PyDict)) throw pyErr(TypeError, `type.__new__() argument 3 must be dict, not ${typeName(ns)}`);
  // The most derived metaclass among meta and the bases' wins; its own __new__ then makes the class.
  const winner = metaWinner(meta as PyType, (bases as PyTuple).items);
  if (winner !== meta) {
    const wn = winner.lookup('__new__');
    if (wn !== typeNew) return call(wn instanceof PyStaticMethod ? wn.func : wn, [winner, name, bases, ns], kw);
  }
  const d = new Map<string, PyVal>();
  for (const i of (ns as PyDict).t.slots()) d.set((ns as PyDict).t.keys[i], (ns as PyDict).t.vals[i]);
  // __module__ defaults to the calling code's module (type_new_set_module).
  if (!d.has('__module__')) {
    let f: Frame | null = state.cur;
    while (f && !f.globals) f = f.back;
    const m = f?.globals?.get('__name__');
    if (m !== undefined) d.set('__module__', m);
  }
  return createType(winner, name as string, (bases as PyTuple).items as PyType[], d, kw);
});
const typeNew = typeType.dict.get('__new__');
/** The metaclass of a class with these bases: the one that is a subtype of all the others. */
function metaWinner(meta: PyType, bases: PyVal[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtypeOf(bt)) continue;
    if (bt.isSubtypeOf(winner)) { winner = bt; continue; }
    throw pyErr(TypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}
method(typeType, '__init__', (_self, args, kw) => {
  if (args.length === 1 && kw !== null && kw.size) throw pyErr(TypeError, 'type.__init__() takes no keyword arguments');
  return None;
});
method(typeType, '__repr__', (self) => {
  const t = self as PyType;
  return t.module === 'builtins' ? `<class '${t.qualname}'>` : `<class '${t.module}.${t.qualname}'>`;
});
method(typeType, 'mro', (self) => new PyList((self as PyType).mro));
method(typeType, '__subclasses__', (self) => new PyList(subclasses.get(self as PyType) ?? []));
method(typeType, '__instancecheck__', (self, args) => typeOf(args[0]).isSubtypeOf(self as PyType));
method(typeType, '__subclasscheck__', (self, args) => (args[0] as PyType).isSubtypeOf(self as PyType));
getter(typeType, '__name__', (self) => (self as PyType).name, (self, v) => { (self as PyType).name = v; });
getter(typeType, '__qualname__', (self) => (self as PyType).qualname, (self, v) => { (self as PyType).qualname = v; });
getter(typeType, '__module__', (self) => (self as PyType).dict.get('__module__') ?? (self as PyType).module, (self, v) => { (self as PyType).dict.set('__module__', v); if (typeof v === 'string') (self as PyType).module = v; });
getter(typeType, '__mro__', (self) => tuple((self as PyType).mro));
getter(typeType, '__bases__', (self) => tuple((self as PyType).bases));
getter(typeType, '__base__', (self) => (self as PyType).bases[0] ?? None);
getter(typeType, '__dict__', (self) => PyDict.fromMap((self as PyType).dict));
getter(typeType, '__doc__', (self) => {
  const d = (self as PyType).dict.get('__doc__');
  // A descriptor there (the instances' __doc__) is asked for the class's.
  return d === undefined ? None : bindDescriptor(d, undefined, self as PyType);
});
const subclasses = new Map<PyType, PyType[]>();

// ---------------------------------------------------------------- __slots__
export const memberType = makeType('member_descriptor');

function mangle(cls: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__')) return name;
  const c = cls.replace(/^_+/, '');
  return c ? `_${c}${name}` : name;
}

/** A `__slots__` member: its value lives in the instance's slotVals, never in its __dict__. */
function slotMember(owner: PyType, name: string): PyGetSet {
  const check = (self: PyVal): PyObject => {
    if (!(self instanceof PyObject) || !typeOf(self).isSubtypeOf(owner)) {
      throw pyErr(TypeError, `descriptor '${name}' for '${owner.name}' objects doesn't apply to a '${typeName(self)}' object`);
    }
    return self;
  };
  const m = new PyGetSet(name, (self) => {
    const v = check(self).slotVals?.[name];
    if (v === undefined) throw attrError(self, name);
    return v;
  }, (self, v) => {
    const o = check(self);
    (o.slotVals ??= Object.create(null) as Record<string, PyVal>)[name] = v;
  }, (self) => {
    const o = check(self);
    if (o.slotVals?.[name] === undefined) throw pyErr(AttributeError, name);
    delete o.slotVals[name];
  });
  m.cls = memberType;
  memberOwner.set(m, owner);
  return m;
}
const memberOwner = new WeakMap<PyGetSet, PyType>();
const member = (self: PyVal): PyGetSet => {
  if (!(self instanceof PyGetSet)) throw pyErr(TypeError, `descriptor requires a 'member_descriptor' object but received a '${typeName(self)}'`);
  return self;
};
method(memberType, '__get__', (self, args) => {
  const m = member(self);
  return args[0] === None && args.length > 1 ? m : m.get(args[0]);
});
method(memberType, '__set__', (self, args) => { member(self).set!(args[0], args[1]); return None; });
method(memberType, '__delete__', (self, args) => { member(self).del!(args[0]); return None; });
method(memberType, '__repr__', (self) => `<member '${member(self).name}' of '${memberOwner.get(member(self))?.name}' objects>`);
getter(memberType, '__name__', (self) => member(self).name);
getter(memberType, '__qualname__', (self) => `${memberOwner.get(member(self))?.qualname}.${member(self).name}`);
getter(memberType, '__objclass__', (self) => memberOwner.get(member(self)) ?? None);

/** Put a member descriptor in the class namespace for each name in `__slots__`; whether the
 * instances have a __dict__ (some base has one, no `__slots__`, or '__dict__' among them). */
function initSlots(t: PyType, bases: PyType[], ns: Map<string, PyVal>): boolean {
  const baseDict = bases.some((b) => b.hasDict);
  const sl = ns.get('__slots__');
  if (sl === undefined) return true;
  const names = typeof sl === 'string' ? [sl] : toArray(sl);
  let dict = baseDict;
  const seen = new Set<string>();
  for (const n of names) {
    if (typeof n !== 'string') throw pyErr(TypeError, `__slots__ items must be strings, not '${typeName(n)}'`);
    if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(n)) throw pyErr(TypeError, '__slots__ must be identifiers');
    if (n === '__dict__') {
      if (dict) throw pyErr(TypeError, '__dict__ slot disallowed: we already got one');
      dict = true;
      continue;
    }
    if (n === '__weakref__') continue;
    const m = mangle(t.name, n);
    if (ns.has(m)) throw pyErr(ValueError, `'${m}' in __slots__ conflicts with class variable`);
    if (seen.has(m)) continue;
    seen.add(m);
  }
  for (const m of seen) ns.set(m, slotMember(t, m));
  if (seen.size) ownSlots.add(t);
  return dict;
}

// Instance layouts (CPython's solid_base/best_base): a class extends the layout of its "solid
// base", the nearest class adding instance storage: a builtin type (each has its own, exceptions
// apart, most of which share BaseException's), or a class whose __slots__ name members. A class's
// bases must have solid bases on one line of inheritance.
const ownSlots = new WeakSet<PyType>();
const layoutBase = new WeakMap<PyType, PyType>();
const EXC_OWN_LAYOUT = new Set(['BaseException', 'BaseExceptionGroup', 'StopIteration', 'SystemExit', 'ImportError', 'OSError',
  'SyntaxError', 'UnicodeEncodeError', 'UnicodeDecodeError', 'UnicodeTranslateError', 'NameError', 'AttributeError']);
function solidBase(t: PyType): PyType {
  if (t === objectType) return t;
  const heapBase = layoutBase.get(t);
  if (heapBase !== undefined) return ownSlots.has(t) ? t : solidBase(heapBase);
  if (t.isSubtypeOf(BaseException)) return EXC_OWN_LAYOUT.has(t.name) || t.bases.length === 0 ? t : solidBase(t.bases[0]);
  return t;
}
function bestBase(bases: PyType[]): PyType {
  let base = bases[0], winner = solidBase(bases[0]);
  for (const b of bases.slice(1)) {
    const cand = solidBase(b);
    if (winner.isSubtypeOf(cand)) continue;
    if (!cand.isSubtypeOf(winner)) throw pyErr(TypeError, 'multiple bases have instance lay-out conflict');
    winner = cand;
    base = b;
  }
  return base;
}

/** Classes created by Python code. */
export function createType(meta: PyType, name: string, bases: PyType[], ns: Map<string, PyVal>, kw: Kw): PyType {
  for (const b of bases) if (!(b instanceof PyType)) throw pyErr(TypeError, `bases must be types`);
  const realBases = bases.length ? bases : [objectType];
  for (const b of realBases) {
    if (b === typeOf(true) || b === functionType || b === generatorType || b === noneType || (b as { final?: boolean }).final) {
      throw pyErr(TypeError, `type '${b.tpName ?? b.name}' is not an acceptable base type`);
    }
  }
  const layout = bestBase(realBases);
  const t = new PyType(meta, name, realBases, ns);
  layoutBase.set(t, layout);
  const mro = c3(t, realBases);
  if (!mro) throw pyErr(TypeError, `Cannot create a consistent method resolution\norder (MRO) for bases ${realBases.map((b) => b.name).join(', ')}`);
  t.mro = mro;
  t.qualname = ns.get('__qualname__') ?? name;
  ns.delete('__qualname__');
  if (!ns.has('__doc__')) ns.set('__doc__', None);
  t.module = ns.get('__module__') ?? '__main__';
  t.hasDict = initSlots(t, realBases, ns);
  for (const b of mro) if (b.native) { t.native = b.native; break; }
  const nw = ns.get('__new__');
  if (nw instanceof PyFunction) ns.set('__new__', new PyStaticMethod(nw));
  for (const cm of ['__init_subclass__', '__class_getitem__']) {
    const f = ns.get(cm);
    if (f instanceof PyFunction) ns.set(cm, new PyClassMethod(f));
  }
  if (ns.has('__eq__') && !ns.has('__hash__')) ns.set('__hash__', None);
  for (const b of realBases) { const l = subclasses.get(b) ?? []; l.push(t); subclasses.set(b, l); }
  bumpTypeVersion();
  for (const [k, v] of ns) {
    if (v instanceof PyObject && !(v instanceof PyType)) {
      const sn = typeOf(v).lookup('__set_name__');
      if (sn !== undefined) callBound(sn, v, [t, k]);
    }
  }
  // Parent's __init_subclass__ with the class keywords.
  const sup = new PySuper(t, t, t);
  const init = superGetattr(sup, '__init_subclass__');
  if (init !== undefined) call(init, [], kw && kw.size ? kw : null);
  return t;
}

/** The `class` statement. */
export function buildClass(name: string, qualname: string, bases: PyVal[], kw: Kw, body: (ns: Map<string, PyVal>) => void, G: Map<string, PyVal>): PyVal {
  const finalBases: PyVal[] = [];
  let entries = false;
  for (const b of bases) {
    if (!(b instanceof PyType)) {
      const mro = getattrOpt(b, '__mro_entries__');
      if (mro !== undefined) {
        const r = call(mro, [tuple(bases)]);
        if (!(r instanceof PyTuple)) throw pyErr(TypeError, '__mro_entries__ must return a tuple');
        finalBases.push(...r.items);
        entries = true;
        continue;
      }
      throw pyErr(TypeError, `bases must be types`);
    }
    finalBases.push(b);
  }
  let meta: PyVal = typeType;
  let kwRest: Kw = kw;
  if (kw && kw.has('metaclass')) { meta = kw.get('metaclass'); kwRest = new Map(kw); kwRest.delete('metaclass'); }
  if (meta instanceof PyType) meta = metaWinner(meta, finalBases);
  const kwArg = kwRest && kwRest.size ? kwRest : null;
  const prep = meta instanceof PyType ? meta.lookup('__prepare__') : getattrOpt(meta, '__prepare__');
  if (prep !== undefined && prep !== typePrepare) {
    // The metaclass's own namespace: the body reads and writes it through the mapping protocol.
    const mapping = call(getattr(meta, '__prepare__'), [name, tuple(finalBases)], kwArg);
    if (!(mapping instanceof PyObject) || typeOf(mapping).lookup('__getitem__') === undefined) {
      throw pyErr(TypeError, `${meta instanceof PyType ? meta.name : typeName(meta)}.__prepare__() must return a mapping, not ${typeName(mapping)}`);
    }
    const adapter = new MappingNamespace(mapping);
    adapter.set('__module__', G.get('__name__') ?? '__main__');
    adapter.set('__qualname__', qualname);
    body(adapter as unknown as Map<string, PyVal>);
    if (entries) adapter.set('__orig_bases__', tuple(bases));
    return call(meta, [name, tuple(finalBases), mapping], kwArg);
  }
  const ns = new Map<string, PyVal>();
  ns.set('__module__', G.get('__name__') ?? '__main__');
  ns.set('__qualname__', qualname);
  body(ns);
  if (entries) ns.set('__orig_bases__', tuple(bases));
  if (meta === typeType) return createType(typeType, name, finalBases as PyType[], ns, kwRest);
  const nsDict = PyDict.fromMap(ns);
  return call(meta, [name, tuple(finalBases), nsDict], kwArg);
}
/** A class body's namespace when __prepare__ returned a mapping: the Map subset generated code uses. */
class MappingNamespace {
  constructor(readonly m: PyVal) {}
  get(k: string): PyVal {
    if (this.m instanceof PyDict && this.m.cls === dictType) return this.m.get(k);
    try { return getitem(this.m, k); } catch (e) { if (isExc(e, KeyError)) return undefined; throw e; }
  }
  set(k: string, v: PyVal): this { setitem(this.m, k, v); return this; }
  has(k: string): boolean { return contains(this.m, k); }
  delete(k: string): boolean {
    try { delitem(this.m, k); return true; } catch (e) { if (isExc(e, KeyError)) return false; throw e; }
  }
}
const typePrepare = new PyClassMethod(new PyBuiltin('__prepare__', () => new PyDict()));
typeType.dict.set('__prepare__', typePrepare);

// ---------------------------------------------------------------- super
superType.native = (_cls, args) => {
  if (args.length > 2) throw pyErr(TypeError, `super() expected at most 2 arguments, got ${args.length}`);
  // Called bare outside a method (the compiler handles super() inside one).
  if (args.length === 0) throw pyErr(E.RuntimeError, 'super(): no arguments');
  if (args.length !== 2) throw pyErr(TypeError, 'super(): no arguments');
  return makeSuper(args[0], args[1]);
};
export function makeSuper(t: PyVal, obj: PyVal): PySuper {
  if (!(t instanceof PyType)) throw pyErr(TypeError, `super() argument 1 must be a type, not ${typeName(t)}`);
  const objType = obj instanceof PyType && obj.isSubtypeOf(t) ? obj : typeOf(obj);
  if (!objType.isSubtypeOf(t)) throw pyErr(TypeError, 'super(type, obj): obj must be an instance or subtype of type');
  return new PySuper(t, obj, objType);
}
function superGetattr(s: PySuper, name: string): PyVal {
  const mro = s.objType.mro;
  const i = mro.indexOf(s.thisType);
  for (let j = i + 1; j < mro.length; j++) {
    const a = mro[j].dict.get(name);
    if (a !== undefined) {
      if (a instanceof PyClassMethod) return new PyMethod(a.func, s.objType);
      return bindDescriptor(a, s.obj === s.objType && s.obj instanceof PyType ? undefined : s.obj, s.objType);
    }
  }
  return undefined;
}
method(superType, '__getattribute__', (self, args) => {
  const name = args[0] as string;
  if (name === '__class__') return superType;
  const v = superGetattr(self as PySuper, name);
  if (v === undefined) throw pyErr(AttributeError, `'super' object has no attribute '${name}'`);
  return v;
});
method(superType, '__repr__', (self) => `<super: <class '${(self as PySuper).thisType.name}'>, <${(self as PySuper).objType.name} object>>`);

// ---------------------------------------------------------------- functions and methods
const fnName = (f: PyVal) => (f as PyFunction).code.name;
getter(functionType, '__name__', fnName, (self, v) => { (self as PyFunction).code = Object.assign(Object.create(Object.getPrototypeOf((self as PyFunction).code)), (self as PyFunction).code, { name: v }); });
getter(functionType, '__qualname__', (self) => (self as PyFunction).code.qualname, (self, v) => { (self as PyFunction).code = Object.assign(Object.create(Object.getPrototypeOf((self as PyFunction).code)), (self as PyFunction).code, { qualname: v }); });
getter(functionType, '__module__', (self) => (self as PyFunction).module, (self, v) => { (self as PyFunction).module = v; });
getter(functionType, '__doc__', (self) => (self as PyFunction).doc, (self, v) => { (self as PyFunction).doc = v; });
getter(functionType, '__defaults__', (self) => ((self as PyFunction).defaults.length ? tuple((self as PyFunction).defaults) : None));
getter(functionType, '__kwdefaults__', (self) => { const k = (self as PyFunction).kwDefaults; return k ? PyDict.fromMap(k) : None; });
getter(functionType, '__globals__', (self) => globalsDict((self as PyFunction).globals));
type AnnotatedFn = PyFunction & { annotations?: PyVal };
class PyCell extends PyObject {
  constructor(readonly get: () => PyVal[], readonly i: number) { super(cellType); }
}
type ClosureFn = PyFunction & { closure?: { names: string[]; get: () => PyVal[] } };
getter(functionType, '__closure__', (self) => {
  const c = (self as ClosureFn).closure;
  return c ? tuple(c.names.map((_, i) => new PyCell(c.get, i))) : None;
});
getter(cellType, 'cell_contents', (self) => {
  const v = (self as PyCell).get()[(self as PyCell).i];
  if (v === undefined) throw pyErr(ValueError, 'Cell is empty');
  return v;
});
method(cellType, '__eq__', (self, args) => (args[0] instanceof PyCell ? eq((self as PyCell).get()[(self as PyCell).i], args[0].get()[args[0].i]) : NotImplemented));
export function closureNames(f: PyVal): string[] { return (f as ClosureFn).closure?.names ?? []; }
getter(functionType, '__annotations__', (self) => (self as AnnotatedFn).annotations ??= new PyDict(), (self, v) => { (self as AnnotatedFn).annotations = v; });
getter(functionType, '__dict__', (self) => PyDict.fromMap((self as PyFunction).dict!));
method(functionType, '__repr__', (self) => `<function ${(self as PyFunction).code.qualname} at ${addr(self)}>`);
method(functionType, '__get__', (self, args) => (args[0] === None ? self : new PyMethod(self, args[0])));
for (const t of [functionType, methodType, builtinFunctionType]) method(t, '__call__', (self, args, kw) => call(self, args, kw));
const addr = (v: PyVal) => addressOf(v);

method(builtinFunctionType, '__repr__', (self) => {
  const b = self as PyBuiltin;
  return b.self !== undefined ? `<built-in method ${b.name} of ${typeName(b.self)} object at ${addr(b.self)}>` : `<built-in function ${b.name}>`;
});
getter(builtinFunctionType, '__name__', (self) => (self as PyBuiltin).name);
getter(builtinFunctionType, '__qualname__', (self) => (self as PyBuiltin).qualname);
getter(builtinFunctionType, '__self__', (self) => (self as PyBuiltin).self ?? None);
getter(builtinFunctionType, '__doc__', () => None);
getter(builtinFunctionType, '__module__', () => 'builtins');
// Dunders CPython implements as type slots show as slot wrappers.
const SLOT_NAMES = new Set(`__repr__ __str__ __hash__ __call__ __getattribute__ __setattr__ __delattr__ __lt__ __le__ __eq__ __ne__
  __gt__ __ge__ __iter__ __next__ __get__ __set__ __delete__ __init__ __del__ __await__ __aiter__ __anext__ __add__ __radd__
  __sub__ __rsub__ __mul__ __rmul__ __mod__ __rmod__ __divmod__ __rdivmod__ __pow__ __rpow__ __neg__ __pos__ __abs__ __bool__
  __invert__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ __xor__ __rxor__ __or__ __ror__ __int__ __float__
  __iadd__ __isub__ __imul__ __imod__ __ipow__ __ilshift__ __irshift__ __iand__ __ixor__ __ior__ __floordiv__ __rfloordiv__
  __truediv__ __rtruediv__ __ifloordiv__ __itruediv__ __index__ __matmul__ __rmatmul__ __imatmul__ __len__ __getitem__
  __setitem__ __delitem__ __contains__`.split(/\s+/));
method(methodDescriptorType, '__repr__', (self) => {
  const m = self as PyNativeMethod;
  const owner = m.owner?.name ?? 'object';
  const slot = SLOT_NAMES.has(m.name) && !(m.name === '__getitem__' && (owner === 'list' || owner === 'dict'));
  return slot ? `<slot wrapper '${m.name}' of '${owner}' objects>` : `<method '${m.name}' of '${owner}' objects>`;
});
for (const [t, names] of [[objectType, objectType.dict.keys()], [typeType, ['__call__']]] as const) {
  for (const k of names) { const v = t.dict.get(k); if (v instanceof PyNativeMethod && !v.owner) v.owner = t; }
}
getter(methodDescriptorType, '__name__', (self) => (self as PyNativeMethod).name);
getter(methodDescriptorType, '__qualname__', (self) => `${(self as PyNativeMethod).owner?.name ?? 'object'}.${(self as PyNativeMethod).name}`);
getter(methodDescriptorType, '__objclass__', (self) => (self as PyNativeMethod).owner ?? objectType);
method(methodDescriptorType, '__get__', (self, args) => (args[0] === None ? self : new PyMethod(self, args[0])));

method(methodType, '__repr__', (self) => {
  const m = self as PyMethod;
  const fname = m.func instanceof PyFunction ? m.func.code.qualname : (m.func as PyNativeMethod).name;
  if (m.func instanceof PyNativeMethod) {
    const owner = m.func.owner?.name ?? 'object';
    const slot = SLOT_NAMES.has(m.func.name) && !(m.func.name === '__getitem__' && (owner === 'list' || owner === 'dict'));
    return `<${slot ? 'method-wrapper' : 'built-in method'} ${slot ? `'${m.func.name}'` : m.func.name} of ${typeName(m.self)} object at ${addr(m.self)}>`;
  }
  if (m.func instanceof PyBuiltin) return `<built-in method ${m.func.name} of ${typeName(m.self)} object at ${addr(m.self)}>`;
  return `<bound method ${fname} of ${repr(m.self)}>`;
});
getter(methodType, '__self__', (self) => (self as PyMethod).self);
getter(methodType, '__func__', (self) => (self as PyMethod).func);
getter(methodType, '__name__', (self) => getattr((self as PyMethod).func, '__name__'));
getter(methodType, '__qualname__', (self) => getattr((self as PyMethod).func, '__qualname__'));
getter(methodType, '__doc__', (self) => getattr((self as PyMethod).func, '__doc__'));
getter(methodType, '__module__', (self) => getattr((self as PyMethod).func, '__module__'));
method(methodType, '__eq__', (self, args) => args[0] instanceof PyMethod && args[0].func === (self as PyMethod).func && args[0].self === (self as PyMethod).self);
method(methodType, '__hash__', (self) => Number(BigInt.asIntN(32, BigInt(hash((self as PyMethod).func)))) ^ 0x5bd1e995);
method(methodType, '__getattr__', (self, args) => getattr((self as PyMethod).func, args[0]));

// ---------------------------------------------------------------- property, staticmethod, classmethod
propertyType.native = (_cls, args, kw) => {
  const names = ['fget', 'fset', 'fdel', 'doc'];
  params('property', args, kw, names);
  const v = names.map((_, i) => args[i] ?? kw?.get(names[i]) ?? None);
  return new PyProperty(v[0], v[1], v[2], v[3]);
};
const prop = (self: PyVal) => self as PyProperty;
const named = (p: PyProperty, from: PyProperty): PyProperty => { p.name = from.name; return p; };
method(propertyType, 'getter', (self, args) => named(new PyProperty(args[0], prop(self).fset, prop(self).fdel, prop(self).doc), prop(self)));
method(propertyType, 'setter', (self, args) => named(new PyProperty(prop(self).fget, args[0], prop(self).fdel, prop(self).doc), prop(self)));
method(propertyType, 'deleter', (self, args) => named(new PyProperty(prop(self).fget, prop(self).fset, args[0], prop(self).doc), prop(self)));
method(propertyType, '__set_name__', (self, args) => { if (typeof args[1] === 'string') prop(self).name = args[1]; return None; });
method(propertyType, '__get__', (self, args) => {
  if (args[0] === None) return self;
  if (prop(self).fget === None) throw propertyError(prop(self), args[0], 'getter');
  return call(prop(self).fget, [args[0]]);
});
method(propertyType, '__set__', (self, args) => {
  if (prop(self).fset === None) throw propertyError(prop(self), args[0], 'setter');
  call(prop(self).fset, [args[0], args[1]]);
  return None;
});
method(propertyType, '__delete__', (self, args) => {
  if (prop(self).fdel === None) throw propertyError(prop(self), args[0], 'deleter');
  call(prop(self).fdel, [args[0]]);
  return None;
});
getter(propertyType, 'fget', (self) => prop(self).fget);
getter(propertyType, 'fset', (self) => prop(self).fset);
getter(propertyType, 'fdel', (self) => prop(self).fdel);
getter(propertyType, '__doc__', (self) => (prop(self).doc !== None ? prop(self).doc : prop(self).fget !== None ? getattrOpt(prop(self).fget, '__doc__') ?? None : None));
(propertyType.dict.get('__doc__') as PyGetSet).classValue = None;
const isAbstract = (f: PyVal): boolean => { const v = f === None ? undefined : getattrOpt(f, '__isabstractmethod__'); return v !== undefined && truthy(v); };
getter(propertyType, '__isabstractmethod__', (self) => isAbstract(prop(self).fget) || isAbstract(prop(self).fset) || isAbstract(prop(self).fdel));
staticmethodType.native = (_cls, args) => { nargs('staticmethod', args, 1); return new PyStaticMethod(args[0]); };
classmethodType.native = (_cls, args) => { nargs('classmethod', args, 1); return new PyClassMethod(args[0]); };
getter(staticmethodType, '__func__', (self) => (self as PyStaticMethod).func);
getter(classmethodType, '__func__', (self) => (self as PyClassMethod).func);
method(staticmethodType, '__get__', (self) => (self as PyStaticMethod).func);
method(staticmethodType, '__call__', (self, args, kw) => call((self as PyStaticMethod).func, args, kw));
method(classmethodType, '__get__', (self, args) => new PyMethod((self as PyClassMethod).func, args[1] !== undefined && args[1] !== None ? args[1] : typeOf(args[0])));
for (const t of [staticmethodType, classmethodType]) {
  getter(t, '__wrapped__', (self) => (self as PyStaticMethod).func);
  // As CPython's (3.10+), the wrapper shows the function's attributes.
  for (const name of ['__name__', '__qualname__', '__annotations__']) {
    getter(t, name, (self) => getattr((self as PyStaticMethod).func, name));
  }
  getter(t, '__isabstractmethod__', (self) => isAbstract((self as PyStaticMethod).func));
  // Since 3.10 they carry the wrapped function's attributes.
  for (const name of ['__name__', '__qualname__', '__module__', '__annotations__', '__doc__']) {
    getter(t, name, (self) => {
      const v = getattrOpt((self as PyStaticMethod).func, name);
      if (v === undefined) throw pyErr(AttributeError, `'${typeName(self)}' object has no attribute '${name}'`);
      return v;
    });
  }
  (t.dict.get('__doc__') as PyGetSet).classValue = None;
}

// ---------------------------------------------------------------- singletons
method(noneType, '__repr__', () => 'None');
method(noneType, '__bool__', () => false);
noneType.native = () => None;
method(notImplementedType, '__repr__', () => 'NotImplemented');
method(ellipsisType, '__repr__', () => 'Ellipsis');
void Ellipsis;

// ---------------------------------------------------------------- modules
// dir(module): the names in its namespace (or what its own __dir__ function gives).
method(moduleType, '__dir__', (self) => {
  const d = (self as PyModule).dict!;
  const f = d.get('__dir__');
  return f !== undefined ? call(f, []) : new PyList([...d.keys()]);
});
// A module made by types.ModuleType (it has __loader__, None) has no origin to show.
method(moduleType, '__repr__', (self) => `<module '${(self as PyModule).name}'${(self as PyModule).dict?.has('__loader__') ? '' : ' (built-in)'}>`);
getter(moduleType, '__name__', (self) => (self as PyModule).name);
getter(moduleType, '__dict__', (self) => globalsDict((self as PyModule).dict!));

// ---------------------------------------------------------------- exceptions
const exc = (self: PyVal): PyException => {
  if (!(self instanceof PyException)) throw pyErr(TypeError, `descriptor requires a 'BaseException' object but received a '${typeName(self)}'`);
  return self;
};
BaseException.dict.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, _kw) => {  // keywords are refused by __init__
  const cls = args[0] as PyType;
  const e = new PyException(cls);
  e.args = tuple(args.slice(1));
  return e;
})));
method(BaseException, '__init__', (self, args, kw) => {
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, `${exc(self).cls.name}() takes no keyword arguments`);
  exc(self).args = tuple(args);
  return None;
});
/** OSError(errno, strerror, ...) makes the subclass for errno, as CPython's errnomap (Linux numbers). */
const ERRNO_CLASS: Record<number, PyType> = {
  1: E.PermissionError, 2: E.FileNotFoundError, 3: E.ProcessLookupError, 4: E.InterruptedError, 10: E.ChildProcessError,
  11: E.BlockingIOError, 13: E.PermissionError, 17: E.FileExistsError, 20: E.NotADirectoryError, 21: E.IsADirectoryError,
  32: E.BrokenPipeError, 103: E.ConnectionAbortedError, 104: E.ConnectionResetError, 108: E.BrokenPipeError,
  110: E.TimeoutError, 111: E.ConnectionRefusedError, 114: E.BlockingIOError, 115: E.BlockingIOError,
};
OSError.dict.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
  let cls = args[0] as PyType;
  // Unless a subclass's own __init__ takes them (CPython's oserror_use_init), keywords are refused here, before the errno picks a subclass.
  if (kw !== null && kw.size > 0 && cls.lookup('__init__') === OSError.dict.get('__init__')) throw pyErr(TypeError, `${cls.name}() takes no keyword arguments`);
  if (cls === OSError && args.length >= 3 && args.length <= 6 && typeof args[1] === 'number') {
    cls = ERRNO_CLASS[args[1]] ?? cls;
  }
  const e = new PyException(cls);
  osParse(e, args.slice(1));
  return e;
})));
method(BaseException, '__str__', (self) => {
  const a = exc(self).args.items;
  return a.length === 0 ? '' : a.length === 1 ? str(a[0]) : repr(exc(self).args);
});
method(BaseException, '__repr__', (self) => {
  const e = exc(self);
  const a = e.args.items;
  return `${e.cls.name}(${a.length === 1 ? repr(a[0]) : a.map(repr).join(', ')})`;
});
method(BaseException, 'with_traceback', (self) => self);
method(BaseException, 'add_note', (self, args) => {
  const e = exc(self);
  if (typeof args[0] !== 'string') throw pyErr(TypeError, `note must be a str, not '${typeName(args[0])}'`);
  let notes = e.dict!.get('__notes__');
  if (notes === undefined) { notes = new PyList([]); e.dict!.set('__notes__', notes); }
  (notes as PyList).items.push(args[0]);
  return None;
});
getter(BaseException, 'args', (self) => exc(self).args, (self, v) => { exc(self).args = tuple(toArray(v)); });
getter(BaseException, '__cause__', (self) => exc(self).cause, (self, v) => {
  if (v !== None && !(v instanceof PyException)) throw pyErr(TypeError, 'exception cause must be None or derive from BaseException');
  exc(self).cause = v; exc(self).suppressContext = true;
});
getter(BaseException, '__context__', (self) => exc(self).context, (self, v) => {
  if (v !== None && !(v instanceof PyException)) throw pyErr(TypeError, 'exception context must be None or derive from BaseException');
  exc(self).context = v;
});
getter(BaseException, '__suppress_context__', (self) => exc(self).suppressContext, (self, v) => { exc(self).suppressContext = truthy(v); });
getter(BaseException, '__traceback__', (self) => (exc(self).tb.length ? tracebackObject(exc(self)) : None), () => undefined);
let tracebackObject: (e: PyException) => PyVal = () => None;
export function setTracebackObject(f: (e: PyException) => PyVal): void { tracebackObject = f; }
method(KeyError, '__str__', (self) => {
  const a = exc(self).args.items;
  return a.length === 1 ? repr(a[0]) : a.length === 0 ? '' : repr(exc(self).args);
});
getter(StopIteration, 'value', (self) => exc(self).dict!.get('value') ?? (exc(self).args.items[0] ?? None), (self, v) => { exc(self).dict!.set('value', v); });
/** SystemExit.code once assigned; until then it is derived from args. */
const exitCodes = new WeakMap<PyException, PyVal>();
getter(SystemExit, 'code', (self) => {
  const set = exitCodes.get(exc(self));
  if (set !== undefined) return set;
  const a = exc(self).args.items;
  return a.length === 0 ? None : a.length === 1 ? a[0] : exc(self).args;
}, (self, v) => { exitCodes.set(exc(self), v); });
getter(NameError, 'name', (self) => exc(self).dict!.get('name') ?? None, (self, v) => { exc(self).dict!.set('name', v); });
// NameError(*args, name=...) and AttributeError(*args, name=..., obj=...): keyword-only parts,
// left unset (read as None) when not given, so the runtime can fill them in when it raises.
for (const [cls, names] of [[NameError, ['name']], [AttributeError, ['name', 'obj']]] as Array<[PyType, string[]]>) {
  method(cls, '__init__', (self, args, kw) => {
    const e = exc(self);
    e.args = tuple(args);
    if (kw !== null && kw.size > 0) {
      if (kw.size > names.length) throw pyErr(TypeError, `${cls.name}() takes at most ${names.length} keyword argument${names.length === 1 ? '' : 's'} (${kw.size} given)`);
      for (const k of kw.keys()) if (!names.includes(k)) throw pyErr(TypeError, `'${k}' is an invalid keyword argument for ${cls.name}()`);
      for (const [k, v] of kw) e.dict!.set(k, v);
    }
    return None;
  });
}
for (const attr of ['name', 'obj']) getter(AttributeError, attr, (self) => exc(self).dict!.get(attr) ?? None, (self, v) => { exc(self).dict!.set(attr, v); });
/** ImportError(*args, name=None, path=None) */
method(ImportError, '__init__', (self, args, kw) => {
  const e = exc(self);
  let name: PyVal = None, path: PyVal = None;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'name') name = v;
      else if (k === 'path') path = v;
      else throw pyErr(TypeError, `'${k}' is an invalid keyword argument for ImportError()`);
    }
  }
  e.args = tuple(args);
  e.dict!.set('name', name);
  e.dict!.set('path', path);
  e.dict!.set('msg', args.length === 1 ? args[0] : None);
  return None;
});
for (const attr of ['name', 'path', 'msg']) getter(ImportError, attr, (self) => exc(self).dict!.get(attr) ?? None, (self, v) => { exc(self).dict!.set(attr, v); });
// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])): shown as
// "msg (file, line N)" with the file's base name.
const SYNTAX_PARTS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
method(E.SyntaxError, '__init__', (self, args, kw) => {
  const e = exc(self);
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, `${e.cls.name}() takes no keyword arguments`);
  e.args = tuple(args);
  if (args.length >= 1) e.dict!.set('msg', args[0]);
  if (args.length === 2) {
    const info = toArray(args[1]);
    if (info.length < 4) throw pyErr(TypeError, `function takes at least 4 arguments (${info.length} given)`);
    if (info.length > 6) throw pyErr(TypeError, `function takes at most 6 arguments (${info.length} given)`);
    info.forEach((v, i) => e.dict!.set(SYNTAX_PARTS[i], v));
  }
  return None;
});
getter(E.SyntaxError, 'msg', (self) => exc(self).dict!.get('msg') ?? exc(self).args.items[0] ?? None, (self, v) => { exc(self).dict!.set('msg', v); });
for (const attr of [...SYNTAX_PARTS, 'print_file_and_line']) {
  getter(E.SyntaxError, attr, (self) => exc(self).dict!.get(attr) ?? None, (self, v) => { exc(self).dict!.set(attr, v); });
}
method(E.SyntaxError, '__str__', (self) => {
  const d = exc(self).dict!;
  const msg = str(d.get('msg') ?? exc(self).args.items[0] ?? None);
  const fn = d.get('filename');
  const file = typeof fn === 'string' ? fn.slice(fn.lastIndexOf('/') + 1) : null;
  const ln = d.get('lineno');
  const line = typeof ln === 'number' || typeof ln === 'bigint' ? String(ln) : null;
  if (file !== null && line !== null) return `${msg} (${file}, line ${line})`;
  if (file !== null) return `${msg} (${file})`;
  if (line !== null) return `${msg} (line ${line})`;
  return msg;
});
// UnicodeEncodeError/UnicodeDecodeError(encoding, object, start, end, reason) and
// UnicodeTranslateError(object, start, end, reason): the parts are attributes, and the message is
// made from them when the exception is shown (so assigning start or reason changes it).
const UNICODE_ERRORS: Array<[PyType, 'encode' | 'decode' | 'translate']> = [
  [E.UnicodeEncodeError, 'encode'], [E.UnicodeDecodeError, 'decode'], [E.UnicodeTranslateError, 'translate'],
];
for (const [cls, kind] of UNICODE_ERRORS) {
  method(cls, '__init__', (self, args, kw) => {
    const e = exc(self);
    if (kw !== null && kw.size > 0) throw pyErr(TypeError, `${e.cls.name}() takes no keyword arguments`);
    e.args = tuple(args);
    const n = kind === 'translate' ? 4 : 5;
    if (args.length !== n) throw pyErr(TypeError, `function takes exactly ${n} arguments (${args.length} given)`);
    const a = kind === 'translate' ? [None, ...args] : args;
    const strArg = (i: number) => {
      if (typeof unbox(a[i]) !== 'string') throw pyErr(TypeError, `argument ${kind === 'translate' ? i : i + 1} must be str, not ${typeName(a[i])}`);
    };
    if (kind !== 'translate') strArg(0);
    if (kind !== 'decode') strArg(1);
    const start = indexOf(a[2]), end = indexOf(a[3]);
    strArg(4);
    let obj = a[1];
    if (kind === 'decode') {
      if (!(obj instanceof PyBytes)) throw pyErr(TypeError, `a bytes-like object is required, not '${typeName(obj)}'`);
      obj = new PyBytes(obj.bytes);
    }
    const d = e.dict!;
    d.set('encoding', a[0]); d.set('object', obj); d.set('start', start); d.set('end', end); d.set('reason', a[4]);
    return None;
  });
  method(cls, '__str__', (self) => {
    const d = exc(self).dict!;
    const obj = d.get('object');
    if (obj === undefined) return '';
    const start = Number(d.get('start')), end = Number(d.get('end'));
    const reason = str(d.get('reason') ?? None);
    const head = kind === 'translate' ? "can't translate" : `'${str(d.get('encoding') ?? None)}' codec can't ${kind}`;
    if (kind === 'decode') {
      const b = (obj as PyBytes).bytes;
      if (start < b.length && end === start + 1) return `${head} byte 0x${b[start].toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
      return `${head} bytes in position ${start}-${end - 1}: ${reason}`;
    }
    const cps = Array.from(String(unbox(obj)), (ch) => ch.codePointAt(0)!);
    if (start < cps.length && end === start + 1) {
      const c = cps[start];
      const esc = c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
      return `${head} character '${esc}' in position ${start}: ${reason}`;
    }
    return `${head} characters in position ${start}-${end - 1}: ${reason}`;
  });
  for (const attr of ['encoding', 'object', 'start', 'end', 'reason']) {
    getter(cls, attr, (self) => exc(self).dict!.get(attr) ?? None, (self, v) => { exc(self).dict!.set(attr, v); });
  }
}
/** OSError's parsed arguments (CPython's oserror_parse_args): errno, strerror, filename, winerror, filename2. */
interface OsState { errno: PyVal; strerror: PyVal; filename: PyVal; filename2: PyVal }
const osStates = new WeakMap<PyException, OsState>();
function osParse(e: PyException, a: PyVal[]): void {
  const st: OsState = { errno: None, strerror: None, filename: None, filename2: None };
  e.args = tuple(a);
  if (a.length >= 2 && a.length <= 5) {
    st.errno = a[0]; st.strerror = a[1];
    if (a.length >= 3) { st.filename = a[2]; e.args = tuple([a[0], a[1]]); }
    if (a.length === 5) st.filename2 = a[4];
  }
  osStates.set(e, st);
}
function osState(self: PyVal): OsState {
  const e = exc(self);
  let st = osStates.get(e);
  if (st === undefined) { osParse(e, e.args.items); st = osStates.get(e)!; }
  return st;
}
method(OSError, '__init__', (self, args, kw) => {
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, `${exc(self).cls.name}() takes no keyword arguments`);
  osParse(exc(self), args);
  return None;
});
for (const k of ['errno', 'strerror', 'filename', 'filename2'] as const) {
  getter(OSError, k, (self) => osState(self)[k], (self, v) => { osState(self)[k] = v; });
}
method(OSError, '__str__', (self) => {
  const st = osState(self);
  if (st.filename2 !== None) return `[Errno ${str(st.errno)}] ${str(st.strerror)}: ${repr(st.filename)} -> ${repr(st.filename2)}`;
  if (st.filename !== None) return `[Errno ${str(st.errno)}] ${str(st.strerror)}: ${repr(st.filename)}`;
  if (st.errno !== None && st.strerror !== None) return `[Errno ${str(st.errno)}] ${str(st.strerror)}`;
  const a = exc(self).args.items;
  return a.length === 0 ? '' : a.length === 1 ? str(a[0]) : repr(exc(self).args);
});

// ExceptionGroup
BaseExceptionGroup.dict.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, _kw) => {  // keywords are refused by __init__
  let cls = args[0] as PyType;
  if (args.length !== 3) throw pyErr(TypeError, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length - 1} given)`);
  const [, msg, excs] = args;
  if (typeof unbox(msg) !== 'string') throw pyErr(TypeError, `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(msg)}`);
  if (typeOf(excs).lookup('__getitem__') === undefined || typeOf(excs).lookup('keys') !== undefined) throw pyErr(TypeError, 'second argument (exceptions) must be a sequence');
  const items = toArray(excs);
  if (!items.length) throw pyErr(ValueError, 'second argument (exceptions) must be a non-empty sequence');
  for (const x of items) if (!(x instanceof PyException)) throw pyErr(ValueError, `Item ${items.indexOf(x)} of second argument (exceptions) is not an exception`);
  const allExc = items.every((x) => isExc(x, ExceptionType));
  if (cls === BaseExceptionGroup && allExc) cls = ExceptionGroup;
  else if (cls === ExceptionGroup && !allExc) throw pyErr(TypeError, `Cannot nest BaseExceptions in an ExceptionGroup`);
  else if (cls !== BaseExceptionGroup && !allExc && cls.isSubtypeOf(ExceptionType)) throw pyErr(TypeError, `Cannot nest BaseExceptions in '${cls.name}'`);
  const e = new PyException(cls);
  // args keep the sequence as given (repr shows it); .exceptions is always a tuple.
  e.args = tuple([msg, excs]);
  e.dict!.set('message', msg);
  e.dict!.set('exceptions', tuple(items));
  return e;
})));
method(BaseExceptionGroup, '__init__', (self, _args, kw) => {
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, `${exc(self).cls.name}() takes no keyword arguments`);
  return None;
});
getter(BaseExceptionGroup, 'message', (self) => exc(self).dict!.get('message'));
getter(BaseExceptionGroup, 'exceptions', (self) => exc(self).dict!.get('exceptions'));
method(BaseExceptionGroup, '__str__', (self) => {
  const e = exc(self);
  const n = (e.dict!.get('exceptions') as PyTuple).items.length;
  return `${str(e.dict!.get('message'))} (${n} sub-exception${n === 1 ? '' : 's'})`;
});
method(BaseExceptionGroup, '__repr__', (self) => {
  const e = exc(self);
  const given = e.args.items.length > 1 ? e.args.items[1] : new PyList((e.dict!.get('exceptions') as PyTuple).items);
  return `${e.cls.name}(${repr(e.dict!.get('message'))}, ${repr(given)})`;
});
method(BaseExceptionGroup, 'derive', (self, args) => call(BaseExceptionGroup, [exc(self).dict!.get('message'), args[0]]));
export function groupSplit(g: PyException, match: (e: PyException) => boolean): [PyException | null, PyException | null] {
  if (match(g)) return [g, null];
  if (!isExc(g, BaseExceptionGroup)) return [null, g];
  const yes: PyVal[] = [], no: PyVal[] = [];
  for (const x of (g.dict!.get('exceptions') as PyTuple).items) {
    const [m, r] = groupSplit(x as PyException, match);
    if (m) yes.push(m);
    if (r) no.push(r);
  }
  const derive = (items: PyVal[]) => {
    if (!items.length) return null;
    const d = callBound(typeOf(g).lookup('derive'), g, [new PyList(items)]) as PyException;
    // As exceptiongroup_subset: PyException_SetCause also sets __suppress_context__; the
    // notes are copied into a list of their own (notes that are no sequence are dropped).
    d.cause = g.cause; d.suppressContext = true; d.context = g.context; d.tb = g.tb.slice();
    const notes = getattrOpt(g, '__notes__');
    if (notes !== undefined && typeOf(notes).lookup('__getitem__') !== undefined && !(notes instanceof PyDict)) d.dict!.set('__notes__', new PyList(toArray(notes)));
    return d;
  };
  return [derive(yes), derive(no)];
}
export function exceptionMatcher(cond: PyVal): (e: PyException) => boolean {
  if (cond instanceof PyType || cond instanceof PyTuple) return (e) => isinstance(e, cond);
  return (e) => truthy(call(cond, [e]));
}
method(BaseExceptionGroup, 'split', (self, args) => { const [m, r] = groupSplit(exc(self), exceptionMatcher(args[0])); return tuple([m ?? None, r ?? None]); });
method(BaseExceptionGroup, 'subgroup', (self, args) => groupSplit(exc(self), exceptionMatcher(args[0]))[0] ?? None);

// ---------------------------------------------------------------- generators
const gen = (self: PyVal): PyGenerator => self as PyGenerator;
method(generatorType, '__iter__', (self) => self);
method(generatorType, '__next__', (self) => gen(self).send(None));
method(generatorType, 'send', (self, args) => { nargs('send', args, 1); return gen(self).send(args[0]); });
method(generatorType, 'throw', (self, args) => {
  nargs('throw', args, 1, 3);
  let e = args[0];
  const v = args.length > 1 ? args[1] : None;
  if (e instanceof PyType && e.isSubtypeOf(BaseException)) {
    if (v instanceof PyException && v.cls.isSubtypeOf(e)) e = v;
    else e = call(e, v === None ? [] : v instanceof PyTuple ? v.items : [v]);
  } else if (e instanceof PyException && v !== None) throw pyErr(TypeError, 'instance exception may not have a separate value');
  if (args.length > 2 && args[2] !== None && typeOf(args[2]).name !== 'traceback') throw pyErr(TypeError, 'throw() third argument must be a traceback object');
  if (!(e instanceof PyException)) throw pyErr(TypeError, 'exceptions must be classes or instances deriving from BaseException, not ' + typeName(e));
  return gen(self).throwIn(e);
});
method(generatorType, 'close', (self) => { gen(self).close(); return None; });
method(generatorType, '__repr__', (self) => `<generator object ${gen(self).frame.code.qualname} at ${addr(self)}>`);
getter(generatorType, '__name__', (self) => gen(self).frame.code.name);
getter(generatorType, '__qualname__', (self) => gen(self).frame.code.qualname);
getter(generatorType, 'gi_running', (self) => gen(self).running);
getter(generatorType, 'gi_frame', (self) => (gen(self).finished ? None : frameObject(gen(self).frame)));
getter(generatorType, 'gi_yieldfrom', (self) => gen(self).yieldFrom ?? None);
let frameObject: (f: PyVal) => PyVal = () => None;
export function setFrameObject(f: (fr: PyVal) => PyVal): void { frameObject = f; }

export { stopIteration, PyBoxed, genericSetattr, eq, KeyError, newExc, EMPTY_TUPLE, floatType, strType, PyFloat };

// ---------------------------------------------------------------- types.GenericAlias, types.UnionType
export const genericAliasType = makeType('GenericAlias');
genericAliasType.module = 'types';
export const unionType = makeType('UnionType');
unionType.module = 'types';
class PyGenericAlias extends PyObject {
  constructor(readonly origin: PyVal, readonly args: PyTuple) { super(genericAliasType); }
}
class PyUnion extends PyObject {
  constructor(readonly args: PyTuple) { super(unionType); }
}
function typeRepr(v: PyVal): string {
  if (v === Ellipsis) return '...';
  if (v instanceof PyType) return v.module === 'builtins' ? v.qualname : `${v.module}.${v.qualname}`;
  return repr(v);
}
const ga = (v: PyVal) => v as PyGenericAlias;
/** types.GenericAlias(origin, args). */
export function genericAlias(origin: PyVal, args: PyVal): PyVal {
  return new PyGenericAlias(origin, args instanceof PyTuple ? args : tuple([args]));
}
genericAliasHook.make = genericAlias;
genericAliasType.native = (_cls, args) => {
  nargs('GenericAlias', args, 2);
  return genericAlias(args[0], args[1]);
};
for (const t of [listType, dictType, tupleType, setType, frozensetType]) {
  t.dict.set('__class_getitem__', new PyClassMethod(new PyBuiltin('__class_getitem__', (args) => {
    nargs('__class_getitem__', args, 2);
    return new PyGenericAlias(args[0], args[1] instanceof PyTuple ? args[1] : tuple([args[1]]));
  })));
}
method(genericAliasType, '__repr__', (self) => {
  const a = ga(self).args.items;
  return `${typeRepr(ga(self).origin)}[${a.length ? a.map(typeRepr).join(', ') : '()'}]`;
});
method(genericAliasType, '__call__', (self, args, kw) => call(ga(self).origin, args, kw));
method(genericAliasType, '__mro_entries__', (self) => tuple([ga(self).origin]));
method(genericAliasType, '__getattr__', (self, args) => {
  const name = args[0] as string;
  if (name.startsWith('__') && name.endsWith('__')) throw pyErr(AttributeError, `'types.GenericAlias' object has no attribute '${name}'`);
  return getattr(ga(self).origin, name);
});
method(genericAliasType, '__eq__', (self, args) => {
  const o = args[0];
  if (!(o instanceof PyGenericAlias)) return NotImplemented;
  return eq(ga(self).origin, o.origin) && eq(ga(self).args, o.args);
});
method(genericAliasType, '__hash__', (self) => Number(BigInt.asIntN(32, BigInt(hash(ga(self).origin)) ^ BigInt(hash(ga(self).args)))));
method(genericAliasType, '__getitem__', (self) => { throw pyErr(TypeError, `${repr(self)} is not a generic class`); });
method(genericAliasType, '__instancecheck__', () => { throw pyErr(TypeError, 'isinstance() argument 2 cannot be a parameterized generic'); });
method(genericAliasType, '__subclasscheck__', () => { throw pyErr(TypeError, 'issubclass() argument 2 cannot be a parameterized generic'); });
getter(genericAliasType, '__origin__', (self) => ga(self).origin);
getter(genericAliasType, '__args__', (self) => ga(self).args);
getter(genericAliasType, '__parameters__', (self) => {
  const out: PyVal[] = [];
  for (const a of ga(self).args.items) {
    if (a instanceof PyType) continue;
    const params = getattrOpt(a, '__typing_subst__') !== undefined ? [a] : (getattrOpt(a, '__parameters__') as PyTuple | undefined)?.items ?? [];
    for (const p of params) if (!out.includes(p)) out.push(p);
  }
  return tuple(out);
});

function unionArgs(v: PyVal): PyVal[] {
  if (v instanceof PyUnion) return v.args.items;
  return [v === None ? noneType : v];
}
function canUnion(v: PyVal): boolean { return v === None || v instanceof PyType || v instanceof PyGenericAlias || v instanceof PyUnion; }
function makeUnion(a: PyVal, b: PyVal): PyVal {
  if (!canUnion(a) || !canUnion(b)) return NotImplemented;
  const items: PyVal[] = [];
  for (const x of [...unionArgs(a), ...unionArgs(b)]) if (!items.some((y) => eq(x, y))) items.push(x);
  return items.length === 1 ? items[0] : new PyUnion(tuple(items));
}
for (const t of [typeType, genericAliasType, unionType]) {
  method(t, '__or__', (self, args) => makeUnion(self, args[0]));
  method(t, '__ror__', (self, args) => makeUnion(args[0], self));
}
method(unionType, '__repr__', (self) => (self as PyUnion).args.items.map((x) => (x === noneType ? 'None' : typeRepr(x))).join(' | '));
getter(unionType, '__args__', (self) => (self as PyUnion).args);
method(unionType, '__eq__', (self, args) => {
  const o = args[0];
  if (!(o instanceof PyUnion)) return NotImplemented;
  const a = (self as PyUnion).args.items, b = o.args.items;
  return a.length === b.length && a.every((x) => b.some((y) => eq(x, y)));
});
method(unionType, '__hash__', (self) => { let h = 0n; for (const x of (self as PyUnion).args.items) h ^= BigInt(hash(x)); return Number(BigInt.asIntN(32, h)); });
method(unionType, '__instancecheck__', (self, args) => {
  for (const x of (self as PyUnion).args.items) {
    if (x instanceof PyGenericAlias) throw pyErr(TypeError, 'isinstance() argument 2 cannot be a parameterized generic');
  }
  return (self as PyUnion).args.items.some((x) => isinstance(args[0], x));
});
method(unionType, '__subclasscheck__', (self, args) => (self as PyUnion).args.items.some((x) => issubclass(args[0], x)));

// ---------------------------------------------------------------- types.MethodType(func, obj), types.ModuleType(name, doc=None)
methodType.native = (_cls, args) => {
  if (args.length !== 2) throw pyErr(TypeError, `method expected 2 arguments, got ${args.length}`);
  const [f, self] = args;
  if (!(f instanceof PyType || f instanceof PyFunction || f instanceof PyBuiltin || f instanceof PyNativeMethod || f instanceof PyMethod || typeOf(f).lookup('__call__') !== undefined)) {
    throw pyErr(TypeError, 'first argument must be callable');
  }
  if (self === None) throw pyErr(TypeError, 'instance must not be None');
  return new PyMethod(f, self);
};
moduleType.native = (cls, args) => {
  if (args.length < 1 || args.length > 2) throw pyErr(TypeError, `module() ${args.length ? 'takes at most 2 arguments' : "missing required argument 'name' (pos 1)"} (${args.length} given)`);
  if (typeof args[0] !== 'string') throw pyErr(TypeError, `module.__init__() argument 'name' must be str, not ${typeName(args[0])}`);
  const d = new Map<string, PyVal>([['__name__', args[0]], ['__doc__', args[1] ?? None], ['__package__', None], ['__loader__', None], ['__spec__', None]]);
  const m = new PyModule(args[0], d);
  if (cls !== moduleType) m.cls = cls;
  return m;
};
