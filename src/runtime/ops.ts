// The operations of the language: attribute access, calls, truth, equality, hashing, repr/str,
// arithmetic, comparison, subscription and iteration. Fast paths first; protocols after.
import {
  PyObject, PyType, PyFloat, PyVal, Kw, None, NotImplemented, Ellipsis, PyFunction, PyBuiltin, PyNativeMethod,
  PyMethod, objectType, typeType, bumpTypeVersion, PyGetSet, TYPE_VERSION, AttrMap,
} from './object';
import {
  typeOf, intType, boolType, floatType, strType, listType, tupleType, dictType, setType, PyList, PyTuple, PyRange, PySlice,
  PyProperty, PyStaticMethod, PyClassMethod, PyIter, STOP, tuple, PyBytes, PyModule, frozensetType, iteratorType, iterTypes,
} from './types';
import { PyDict, PySet, tableHooks, setKey } from './dict';
import {
  PyException, pyErr, TypeError, AttributeError, ZeroDivisionError, IndexError, KeyError, StopIteration,
  ValueError, OverflowError, MemoryError, isExc,
} from './exceptions';
import * as I from './int';
import { floatRepr } from './format';
import { strRepr } from './unicode';
export { strRepr };
import { PyDeque, dequeType } from './deque';
import { cmpStr, cpLength } from './codepoints';

// ---------------------------------------------------------------- names
export function typeName(v: PyVal): string { const t = typeOf(v); return t.tpName ?? t.name; }

// ---------------------------------------------------------------- calls
export function call(f: PyVal, args: PyVal[], kw: Kw = null): PyVal {
  if (f instanceof PyFunction) {
    if (kw === null) {
      if (args.length === f.argc) return f.fn(...args);
      // Positional arguments with the trailing defaults filling the rest.
      if (args.length < f.argc) {
        const full = bindDefaults(f, args);
        if (full !== null) return f.fn(...full);
      }
    }
    return f.fn(...bindArgs(f, args, kw));
  }
  if (f instanceof PyBuiltin) {
    // A native function declared without the keyword parameter takes none (CPython's METH_O and METH_VARARGS).
    if (kw !== null && f.fn.length < 2 && kw.size) throw pyErr(TypeError, `${f.module ? `${f.module}.` : ''}${f.qualname}() takes no keyword arguments`);
    return f.self === undefined ? f.fn(args, kw) : f.fn([f.self, ...args], kw);
  }
  if (f instanceof PyMethod) return call(f.func, [f.self, ...args], kw);
  if (f instanceof PyNativeMethod) {
    if (args.length === 0) {
      const owner = f.owner ? f.owner.tpName ?? f.owner.name : 'object';
      // Slot wrappers (most dunders) word it as descriptors; method descriptors as unbound methods.
      if (f.name.startsWith('__') && f.name.endsWith('__') && !METHOD_DUNDERS.has(f.name) && !METHOD_DUNDERS.has(`${owner}.${f.name}`)) throw pyErr(TypeError, `descriptor '${f.name}' of '${owner}' object needs an argument`);
      throw pyErr(TypeError, `unbound method ${f.owner ? `${owner}.` : ''}${f.name}() needs an argument`);
    }
    if (kw !== null && f.fn.length < 3 && kw.size) throw noKeywords(f);
    return f.fn(args[0], args.slice(1), kw);
  }
  if (f instanceof PyType) return callType(f, args, kw);
  const c = typeOf(f).lookup('__call__');
  if (c === undefined) throw pyErr(TypeError, `'${typeName(f)}' object is not callable`);
  return callBound(c, f, args, kw);
}
// Positional calls with 0–3 arguments: a simple Python function is called without an argument
// array, also when its trailing defaults fill the rest (n + defaults >= argc).
const lastDefaults = (f: PyFunction, n: number): PyVal[] | null => (f.argc > n && f.argc - f.defaults.length <= n ? f.defaults : null);
export function call0(f: PyVal): PyVal {
  if (f instanceof PyFunction) {
    if (f.argc === 0) return f.fn();
    const d = f.argc === 1 ? lastDefaults(f, 0) : null;
    if (d !== null) return f.fn(d[d.length - 1]);
  }
  return call(f, [], null);
}
export function call1(f: PyVal, a: PyVal): PyVal {
  if (f instanceof PyFunction) {
    if (f.argc === 1) return f.fn(a);
    const d = f.argc === 2 ? lastDefaults(f, 1) : null;
    if (d !== null) return f.fn(a, d[d.length - 1]);
  }
  return call(f, [a], null);
}
export function call2(f: PyVal, a: PyVal, b: PyVal): PyVal {
  if (f instanceof PyFunction) {
    if (f.argc === 2) return f.fn(a, b);
    const d = f.argc === 3 ? lastDefaults(f, 2) : null;
    if (d !== null) return f.fn(a, b, d[d.length - 1]);
  }
  return call(f, [a, b], null);
}
export function call3(f: PyVal, a: PyVal, b: PyVal, c: PyVal): PyVal {
  if (f instanceof PyFunction && f.argc === 3) return f.fn(a, b, c);
  return call(f, [a, b, c], null);
}

function noKeywords(m: PyNativeMethod): PyException {
  return pyErr(TypeError, `${m.owner ? `${m.owner.tpName ?? m.owner.name}.` : ''}${m.name}() takes no keyword arguments`);
}

/** Call an attribute found on a type with `self` prepended (no bound-method allocation). */
export function callBound(attr: PyVal, self: PyVal, args: PyVal[], kw: Kw = null): PyVal {
  if (attr instanceof PyNativeMethod) {
    if (kw !== null && attr.fn.length < 3 && kw.size) throw noKeywords(attr);
    return attr.fn(self, args, kw);
  }
  if (attr instanceof PyFunction) {
    if (kw === null && args.length + 1 === attr.argc) {
      switch (args.length) {
        case 0: return attr.fn(self);
        case 1: return attr.fn(self, args[0]);
        case 2: return attr.fn(self, args[0], args[1]);
        case 3: return attr.fn(self, args[0], args[1], args[2]);
        default: return attr.fn(self, ...args);
      }
    }
    return call(attr, [self, ...args], kw);
  }
  return call(bindDescriptor(attr, self, typeOf(self)), args, kw);
}

/** Look up a special method on the type and call it, or return undefined when absent. */
export function callSpecial(self: PyVal, name: string, args: PyVal[]): PyVal {
  const m = typeOf(self).lookup(name);
  if (m === undefined || m === None) return undefined;
  return callBound(m, self, args);
}

export function callMethod(o: PyVal, name: string, args: PyVal[], kw: Kw = null): PyVal {
  const t = typeOf(o);
  const attr = t.lookup(name);
  if ((attr instanceof PyFunction || attr instanceof PyNativeMethod) && !(o instanceof PyType) &&
      (!(o instanceof PyObject) || o.dict === null || !o.dict.has(name)) && t.slots().getattribute === objectGetattribute) {
    return callBound(attr, o, args, kw);
  }
  return call(getattr(o, name), args, kw);
}

/**
 * A per-site inline cache for `o.name` and `o.name(...)`: valid while the receiver has the same
 * type and no class anywhere has changed (TYPE_VERSION).
 */
export class InlineCache {
  t: PyType | null = null;
  v = -1;
  /** For method calls: the function found on the type. */
  fn: PyVal = undefined;
  /** For method calls: its JS function, when the site's argument count binds without defaults. */
  j: ((...a: PyVal[]) => PyVal) | null = null;
}
export function getattrIC(o: PyVal, name: string, ic: InlineCache): PyVal {
  if (o instanceof PyObject && o.cls === ic.t && ic.v === TYPE_VERSION.v) {
    const v = o.dict!.get(name);
    if (v !== undefined) return v;
  } else if (o instanceof PyObject && o.dict instanceof AttrMap && !(o instanceof PyType)) {
    const t = o.cls;
    const s = t.slots();
    ic.t = null;
    if (s.getattribute === objectGetattribute && t.lookup(name) === undefined) {
      ic.t = t; ic.v = TYPE_VERSION.v;
    }
  }
  return getattr(o, name);
}
/** The method the site's cache holds, if the cache applies to o (its type, and no instance
 * attribute of that name shadowing it); otherwise undefined. */
export function cachedMethod(o: PyVal, name: string, ic: InlineCache): PyVal {
  return o instanceof PyObject && o.cls === ic.t && ic.v === TYPE_VERSION.v && (o.dict === null || !o.dict.has(name)) ? ic.fn : undefined;
}
/** o.name() with 0, 1 or 2 arguments: a cached Python method is called without an argument array. */
export function callMethodIC0(o: PyVal, name: string, ic: InlineCache): PyVal {
  if (o instanceof PyModule) { const f = o.dict!.get(name); if (f !== undefined) return call0(f); }
  const fn = cachedMethod(o, name, ic);
  if (fn instanceof PyFunction && fn.argc === 1) return fn.fn(o);
  return callMethodIC(o, name, [], ic);
}
export function callMethodIC1(o: PyVal, name: string, a: PyVal, ic: InlineCache): PyVal {
  if (o instanceof PyModule) { const f = o.dict!.get(name); if (f !== undefined) return call1(f, a); }
  const fn = cachedMethod(o, name, ic);
  if (fn instanceof PyFunction && fn.argc === 2) return fn.fn(o, a);
  return callMethodIC(o, name, [a], ic);
}
export function callMethodIC2(o: PyVal, name: string, a: PyVal, b: PyVal, ic: InlineCache): PyVal {
  if (o instanceof PyModule) { const f = o.dict!.get(name); if (f !== undefined) return call2(f, a, b); }
  const fn = cachedMethod(o, name, ic);
  if (fn instanceof PyFunction && fn.argc === 3) return fn.fn(o, a, b);
  return callMethodIC(o, name, [a, b], ic);
}
export function callMethodIC(o: PyVal, name: string, args: PyVal[], ic: InlineCache): PyVal {
  if (o instanceof PyModule) {
    const f = o.dict!.get(name);
    if (f !== undefined) return call(f, args, null);
  }
  const fn = cachedMethod(o, name, ic);
  if (fn !== undefined) return callBound(fn, o, args, null);
  if (o instanceof PyObject && !(o instanceof PyType)) {
    const t = o.cls;
    const attr = t.lookup(name);
    ic.t = null;
    if ((attr instanceof PyFunction || attr instanceof PyNativeMethod) && t.slots().getattribute === objectGetattribute) {
      ic.t = t; ic.v = TYPE_VERSION.v; ic.fn = attr;
      ic.j = attr instanceof PyFunction && attr.argc === args.length + 1 ? attr.fn : null;
    }
  }
  return callMethod(o, name, args, null);
}

function fnName(f: PyFunction): string { return f.code.qualname; }

/** Bind positional and keyword arguments to a PyFunction's full parameter list. */
export function bindArgs(f: PyFunction, args: PyVal[], kw: Kw): PyVal[] {
  const sig = f.sig;
  const np = sig.params.length;
  if (kw === null && sig.varargs === null && sig.varkw === null && args.length <= np) {
    const bound = bindDefaults(f, args);
    if (bound !== null) return bound;
  }
  const out: PyVal[] = new Array(np).fill(undefined);
  const n = Math.min(args.length, np);
  for (let i = 0; i < n; i++) out[i] = args[i];
  let varargs: PyVal[] | null = null;
  // Too many positionals is reported after the keywords are bound, as CPython's initialize_locals.
  const tooMany = args.length > np && sig.varargs === null;
  if (args.length > np && !tooMany) varargs = args.slice(np);
  const kwOnly = sig.kwOnly.map(() => undefined as PyVal);
  let varkw: PyDict | null = sig.varkw !== null ? new PyDict() : null;
  if (kw !== null) {
    for (const [k, v] of kw) {
      let i = sig.params.indexOf(k);
      if (i >= sig.posOnly) {
        if (out[i] !== undefined) throw pyErr(TypeError, `${fnName(f)}() got multiple values for argument '${k}'`);
        out[i] = v;
        continue;
      }
      i = sig.kwOnly.indexOf(k);
      if (i >= 0) { kwOnly[i] = v; continue; }
      if (varkw !== null) { varkw.set(k, v); continue; }
      if (sig.params.indexOf(k) >= 0) throw pyErr(TypeError, `${fnName(f)}() got some positional-only arguments passed as keyword arguments: '${k}'`);
      throw pyErr(TypeError, `${fnName(f)}() got an unexpected keyword argument '${k}'`);
    }
  }
  if (tooMany) {
    const nd = f.defaults.length;
    const given = args.length;
    const kwGiven = kwOnly.filter((v) => v !== undefined).length;
    const takes = nd ? `from ${np - nd} to ${np}` : `${np}`;
    const kwSig = kwGiven ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwGiven} keyword-only argument${kwGiven !== 1 ? 's' : ''})` : '';
    throw pyErr(TypeError, `${fnName(f)}() takes ${takes} positional argument${np === 1 && !nd ? '' : 's'} but ${given}${kwSig} ${given === 1 && !kwGiven ? 'was' : 'were'} given`);
  }
  const firstDefault = np - f.defaults.length;
  const missing: string[] = [];
  for (let i = 0; i < np; i++) {
    if (out[i] === undefined) {
      if (i >= firstDefault) out[i] = f.defaults[i - firstDefault];
      else missing.push(sig.params[i]);
    }
  }
  if (missing.length) throw pyErr(TypeError, `${fnName(f)}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${listNames(missing)}`);
  const kmissing: string[] = [];
  for (let i = 0; i < kwOnly.length; i++) {
    if (kwOnly[i] === undefined) {
      const d = f.kwDefaults?.get(sig.kwOnly[i]);
      if (d !== undefined) kwOnly[i] = d; else kmissing.push(sig.kwOnly[i]);
    }
  }
  if (kmissing.length) throw pyErr(TypeError, `${fnName(f)}() missing ${kmissing.length} required keyword-only argument${kmissing.length > 1 ? 's' : ''}: ${listNames(kmissing)}`);
  if (sig.varargs !== null) out.push(tuple(varargs ?? []));
  for (const v of kwOnly) out.push(v);
  if (varkw !== null) out.push(varkw);
  return out;
}
/** Positional arguments only, every other parameter with its default: bound without the general
 * path's bookkeeping; null when one has no default (the general path reports it). */
function bindDefaults(f: PyFunction, args: PyVal[]): PyVal[] | null {
  const sig = f.sig, np = sig.params.length, firstDefault = np - f.defaults.length;
  if (args.length < firstDefault) return null;
  const out = args.slice();
  for (let i = args.length; i < np; i++) out.push(f.defaults[i - firstDefault]);
  const kwOnly = sig.kwOnly;
  for (let i = 0; i < kwOnly.length; i++) {
    const d = f.kwDefaults === null ? undefined : f.kwDefaults.get(kwOnly[i]);
    if (d === undefined) return null;
    out.push(d);
  }
  return out;
}
function listNames(ns: string[]): string {
  const q = ns.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

export function callType(t: PyType, args: PyVal[], kw: Kw): PyVal {
  if (t === typeType && args.length === 1 && kw === null) return typeOf(args[0]);
  const meta = t.cls;
  if (meta !== typeType) {
    const mc = meta.lookup('__call__');
    if (mc !== undefined && mc !== typeCall) return callBound(mc, t, args, kw);
  }
  return typeCall.fn(t, args, kw);
}
const METHOD_DUNDERS = new Set(['__format__', '__reduce__', '__reduce_ex__', '__sizeof__', '__dir__', '__getstate__', '__subclasses__',
  '__instancecheck__', '__subclasscheck__', '__round__', '__trunc__', '__floor__', '__ceil__', '__getnewargs__', '__reversed__',
  '__length_hint__', '__copy__', '__deepcopy__', '__enter__', '__exit__', '__aenter__', '__aexit__', '__bytes__', '__complex__', '__class_getitem__',
  '__init_subclass__', '__prepare__', '__mro_entries__', '__setstate__', '__fspath__', '__getformat__',
  'dict.__getitem__', 'dict.__contains__', 'list.__getitem__', 'set.__contains__']);
/** type.__call__: __new__ then __init__. */
export const typeCall = new PyNativeMethod('__call__', (t: PyType, args: PyVal[], kw: Kw) => {
  const slots = t.slots();
  const newm = slots.new_;
  let obj: PyVal;
  if (newm === objectNew || nativeNews.has(newm)) {
    if (t.native) {
      // A builtin type that takes no keywords in its constructor or its native __init__.
      if (kw !== null && t.native.length < 3 && kw.size && !t.bases.some((b) => b.native === t.native) &&
          (slots.init === undefined || slots.init === objectInit)) {
        throw pyErr(TypeError, `${t.tpName ?? t.name}() takes no keyword arguments`);
      }
      obj = t.native(t, args, kw);
    }
    else obj = new PyObject(t, t.hasDict ? new AttrMap() : null);
  } else {
    const fn = newm instanceof PyStaticMethod ? newm.func : newm;
    obj = call(fn, [t, ...args], kw);
    if (!typeOf(obj).isSubtypeOf(t)) return obj;
  }
  const init = slots.init;
  if (init !== undefined && init !== objectInit) {
    if (kw !== null && init instanceof PyNativeMethod && init.fn.length < 3 && kw.size) {
      throw pyErr(TypeError, `${init.owner ? init.owner.tpName ?? init.owner.name : t.name}() takes no keyword arguments`);
    }
    const r = callBound(init, obj, args, kw);
    if (r !== None) throw pyErr(TypeError, `__init__() should return None, not '${typeName(r)}'`);
  } else if (newm === objectNew && !t.native && (args.length || (kw && kw.size)) && t.lookup('__init__') === objectInit) {
    throw pyErr(TypeError, `${t.name}() takes no arguments`);
  }
  return obj;
});
export const objectNew = new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
  if (args.length === 0) throw pyErr(TypeError, 'object.__new__(): not enough arguments');
  const t = args[0] as PyType;
  if (!(t instanceof PyType)) throw pyErr(TypeError, `object.__new__(X): X is not a type object (${typeName(t)})`);
  if (args.length > 1 || (kw && kw.size)) {
    if (t.slots().new_ !== objectNew) throw pyErr(TypeError, 'object.__new__() takes exactly one argument (the type to instantiate)');
    if (t.lookup('__init__') === objectInit) throw pyErr(TypeError, `${t.name}() takes no arguments`);
  }
  return t.native ? t.native(t, [], null) : new PyObject(t, t.hasDict ? new AttrMap() : null);
}));
export const objectInit = new PyNativeMethod('__init__', (self, args, kw) => {
  // Extra arguments are an error unless the class overrides __new__ but not __init__.
  if (args.length || (kw && kw.size)) {
    const t = typeOf(self);
    if (t.lookup('__init__') !== objectInit) throw pyErr(TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
    if (t.slots().new_ === objectNew) throw pyErr(TypeError, `${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
  return None;
});
/** `__new__` of builtin types: the same as calling the type's native constructor. */
export const nativeNews = new Set<PyVal>();

// ---------------------------------------------------------------- attributes
export function isDataDescriptor(a: PyVal): boolean {
  if (a instanceof PyProperty || a instanceof PyGetSet) return true;
  if (a instanceof PyObject && !(a instanceof PyFunction) && !(a instanceof PyType)) {
    const t = a.cls;
    return t.lookup('__set__') !== undefined || t.lookup('__delete__') !== undefined;
  }
  return false;
}

/** Bind a class attribute found on `owner`'s MRO to `self` (None for class access). */
/** `self` is undefined for access through the class. */
export function bindDescriptor(a: PyVal, self: PyVal, owner: PyType): PyVal {
  if (a instanceof PyFunction || a instanceof PyNativeMethod) return self === undefined ? a : new PyMethod(a, self);
  if (a instanceof PyProperty) {
    if (self === undefined) return a;
    if (a.fget === None) throw propertyError(a, self, 'getter');
    return call1(a.fget, self);
  }
  if (a instanceof PyGetSet) return self === undefined ? a.classValue ?? a : a.get(self);
  if (a instanceof PyStaticMethod) return a.func;
  if (a instanceof PyClassMethod) return new PyMethod(a.func, owner);
  if (a instanceof PyObject && !(a instanceof PyType) && !(a instanceof PyBuiltin)) {
    const g = a.cls.lookup('__get__');
    if (g !== undefined) return callBound(g, a, [self === undefined ? None : self, owner]);
  }
  return a;
}

export function getattr(o: PyVal, name: string): PyVal {
  const gx = o instanceof PyType ? undefined : typeOf(o).slots().getattr;
  if (gx === undefined) {
    const v = getattrOpt(o, name, false);
    if (v !== undefined) return v;
    throw attrError(o, name);
  }
  // As CPython's slot_tp_getattr_hook: an AttributeError from __getattribute__ (a descriptor's
  // included) falls back to __getattr__.
  let v: PyVal;
  try { v = getattrOpt(o, name, false); } catch (e) { if (!isExc(e, AttributeError)) throw e; }
  if (v !== undefined) return v;
  try { return callBound(gx, o, [name]); } catch (e) {
    // As CPython's set_attribute_error_context: the error remembers the name and object (for suggestions).
    if (isExc(e, AttributeError) && !(e as PyException).dict!.has('name')) { (e as PyException).dict!.set('name', name); (e as PyException).dict!.set('obj', o); }
    throw e;
  }
}

export function attrError(o: PyVal, name: string): PyException {
  let e: PyException;
  if (o instanceof PyType) e = pyErr(AttributeError, `type object '${o.name}' has no attribute '${name}'`);
  else if (o instanceof PyModule) e = pyErr(AttributeError, `module '${o.name}' has no attribute '${name}'`);
  else e = pyErr(AttributeError, `'${typeName(o)}' object has no attribute '${name}'`);
  e.dict!.set('name', name);
  e.dict!.set('obj', o);
  return e;
}

/** Attribute lookup; undefined when absent (after __getattr__). */
export function getattrOpt(o: PyVal, name: string, useGetattr = true): PyVal {
  if (o instanceof PyType) return typeGetattr(o, name);
  const t = typeOf(o);
  const slots = t.slots();
  const ga = slots.getattribute;
  if (ga !== undefined && ga !== objectGetattribute) {
    try { return callBound(ga, o, [name]); } catch (e) {
      if (!isExc(e, AttributeError)) throw e;
      const gx = slots.getattr;
      if (gx === undefined) throw e;
      return callBound(gx, o, [name]);
    }
  }
  const gx = useGetattr ? slots.getattr : undefined;
  if (gx === undefined) return genericGetattrOpt(o, name, t);
  let v: PyVal;
  try { v = genericGetattrOpt(o, name, t); } catch (e) { if (!isExc(e, AttributeError)) throw e; }
  if (v !== undefined) return v;
  try { return callBound(gx, o, [name]); } catch (e) {
    if (isExc(e, AttributeError)) return undefined;
    throw e;
  }
}
/** object.__getattribute__ without the AttributeError: undefined when absent. */
function genericGetattrOpt(o: PyVal, name: string, t: PyType): PyVal {
  const a = t.lookup(name);
  if (a !== undefined && isDataDescriptor(a)) return bindDescriptor(a, o, t);
  if (o instanceof PyObject && o.dict !== null) {
    const v = o.dict.get(name);
    if (v !== undefined) return v;
  }
  if (a !== undefined) return bindDescriptor(a, o, t);
  const v = specialAttr(o, name);
  return v === undefined && o instanceof PyModule ? moduleGetattr(o, name) : v;
}
/** A module's own `__getattr__(name)` (PEP 562), for a name it does not have; undefined without one. */
function moduleGetattr(m: PyModule, name: string): PyVal {
  const f = m.dict!.get('__getattr__');
  if (f === undefined) return undefined;
  try { return call(f, [name]); } catch (e) {
    if (isExc(e, AttributeError)) return undefined;
    throw e;
  }
}
export const objectGetattribute = new PyNativeMethod('__getattribute__', (self, args) => {
  const name = args[0];
  if (typeof name !== 'string') throw pyErr(TypeError, `attribute name must be string, not '${typeName(name)}'`);
  const v = self instanceof PyType ? typeGetattr(self, name) : genericGetattrOpt(self, name, typeOf(self));
  if (v === undefined) throw attrError(self, name);
  return v;
});

/** Attributes computed from the JS representation (e.g. __class__, __dict__). */
export const specialAttrs = new Map<string, (o: PyVal) => PyVal>();
function specialAttr(o: PyVal, name: string): PyVal {
  const f = specialAttrs.get(name);
  return f ? f(o) : undefined;
}

function typeGetattr(t: PyType, name: string): PyVal {
  const meta = t.cls;
  const ma = meta.lookup(name);
  if (ma !== undefined && isDataDescriptor(ma)) return bindDescriptor(ma, t, meta);
  const a = t.lookup(name);
  if (a !== undefined) {
    if (a instanceof PyFunction || a instanceof PyNativeMethod) return a;
    if (a instanceof PyProperty) return a;
    return bindDescriptor(a, undefined, t);
  }
  if (ma !== undefined) return bindDescriptor(ma, t, meta);
  const special = specialAttr(t, name);
  if (special !== undefined) return special;
  if (meta !== typeType) {
    const gx = meta.lookup('__getattr__');
    if (gx !== undefined) {
      try { return callBound(gx, t, [name]); } catch (e) { if (isExc(e, AttributeError)) return undefined; throw e; }
    }
  }
  return undefined;
}

/** `o.name = v` with a per-site cache: for a receiver of the cached type, whose class defines no
 * __setattr__ and nothing named `name`, the value goes straight into the instance dict. */
export function setattrIC(o: PyVal, name: string, v: PyVal, ic: InlineCache): void {
  if (o instanceof PyObject && o.cls === ic.t && ic.v === TYPE_VERSION.v && o.dict !== null) { o.dict.set(name, v); return; }
  ic.t = null;
  if (o instanceof PyObject && o.dict !== null && !(o instanceof PyType)) {
    const t = o.cls;
    if (t.slots().setattr === objectSetattr && t.lookup(name) === undefined) { ic.t = t; ic.v = TYPE_VERSION.v; }
  }
  setattr(o, name, v);
}
export function setattr(o: PyVal, name: string, v: PyVal): void {
  const t = typeOf(o);
  const sa = t.slots().setattr;
  if (sa !== undefined && sa !== objectSetattr) { callBound(sa, o, [name, v]); return; }
  genericSetattr(o, name, v);
}
export function genericSetattr(o: PyVal, name: string, v: PyVal): void {
  if (o instanceof PyType) {
    const ma = o.cls.lookup(name);
    if (ma instanceof PyGetSet && ma.set) { ma.set(o, v); return; }
    if (!o.hasDict && o.module === 'builtins') throw pyErr(TypeError, `cannot set '${name}' attribute of immutable type '${o.name}'`);
    o.dict.set(name, v);
    bumpTypeVersion();
    return;
  }
  const t = typeOf(o);
  const a = t.lookup(name);
  if (a !== undefined) {
    if (a instanceof PyGetSet) {
      if (!a.set) throw pyErr(AttributeError, `attribute '${name}' of '${t.tpName ?? t.name}' objects is not writable`);
      a.set(o, v);
      return;
    }
    if (a instanceof PyProperty) {
      if (a.fset === None) throw propertyError(a, o, 'setter');
      call2(a.fset, o, v);
      return;
    }
    if (a instanceof PyObject && !(a instanceof PyFunction) && !(a instanceof PyType)) {
      const s = a.cls.lookup('__set__');
      if (s !== undefined) { callBound(s, a, [o, v]); return; }
      // A data descriptor by its __delete__ alone: setting looks __set__ up and fails.
      if (a.cls.lookup('__delete__') !== undefined) throw pyErr(AttributeError, '__set__');
    }
  }
  if (o instanceof PyObject && o.dict !== null) { o.dict.set(name, v); return; }
  if (o instanceof PyObject && t.lazyDict) { (o.dict = new AttrMap()).set(name, v); return; }
  if (a === undefined) throw pyErr(AttributeError, `'${t.tpName ?? t.name}' object has no attribute '${name}'`);
  throw pyErr(AttributeError, `'${t.tpName ?? t.name}' object attribute '${name}' is read-only`);
}
/** A property without the accessor asked for, worded as CPython's. */
export function propertyError(p: PyProperty, o: PyVal, what: 'getter' | 'setter' | 'deleter'): PyException {
  const q = typeOf(o).qualname;
  return pyErr(AttributeError, p.name !== undefined ? `property ${repr(p.name)} of '${q}' object has no ${what}` : `property of '${q}' object has no ${what}`);
}
export const objectSetattr = new PyNativeMethod('__setattr__', (self, args) => { genericSetattr(self, args[0], args[1]); return None; });

export function delattr(o: PyVal, name: string): void {
  const t = typeOf(o);
  const da = t.lookup('__delattr__');
  if (da !== undefined && da !== objectDelattr) { callBound(da, o, [name]); return; }
  genericDelattr(o, name);
}
export function genericDelattr(o: PyVal, name: string): void {
  if (o instanceof PyType) {
    if (!o.dict.delete(name)) throw pyErr(AttributeError, `type object '${o.name}' has no attribute '${name}'`);
    bumpTypeVersion();
    return;
  }
  const t = typeOf(o);
  const a = t.lookup(name);
  if (a instanceof PyProperty) {
    if (a.fdel === None) throw propertyError(a, o, 'deleter');
    call1(a.fdel, o);
    return;
  }
  if (a instanceof PyGetSet) {
    if (!a.del) throw pyErr(AttributeError, `attribute '${name}' of '${t.tpName ?? t.name}' objects is not writable`);
    a.del(o);
    return;
  }
  if (a instanceof PyObject && !(a instanceof PyFunction) && !(a instanceof PyType)) {
    const d = a.cls.lookup('__delete__');
    if (d !== undefined) { callBound(d, a, [o]); return; }
    if (a.cls.lookup('__set__') !== undefined) throw pyErr(AttributeError, '__delete__');
  }
  if (o instanceof PyObject && o.dict !== null) {
    if (o.dict.delete(name)) return;
  } else if (a !== undefined) throw pyErr(AttributeError, `'${t.tpName ?? t.name}' object attribute '${name}' is read-only`);
  throw pyErr(AttributeError, `'${t.tpName ?? t.name}' object has no attribute '${name}'`);
}
export const objectDelattr = new PyNativeMethod('__delattr__', (self, args) => { genericDelattr(self, args[0]); return None; });

// ---------------------------------------------------------------- truth, repr, str
export function truthy(v: PyVal): boolean {
  if (v === true) return true;
  if (v === false || v === None) return false;
  switch (typeof v) {
    case 'number': return v !== 0;
    case 'string': return v.length > 0;
    case 'bigint': return true;
  }
  if (v instanceof PyFloat) return v.v !== 0 && v.v === v.v ? true : v.v !== 0;
  if (v instanceof PyList || v instanceof PyTuple) {
    if (v.cls === listType || v.cls === tupleType) return v.items.length > 0;
  }
  if (v instanceof PyDeque && v.cls === dequeType) return v.length > 0;
  const s = (v as PyObject).cls.slots();
  if (s.bool !== undefined) {
    const r = callBound(s.bool, v, []);
    if (typeof r !== 'boolean') throw pyErr(TypeError, `__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  }
  if (s.len !== undefined) return lenOf(v) > 0;
  if (v === NotImplemented) truthHooks.notImplemented();
  return true;
}
/** The DeprecationWarning of NotImplemented's truth value (set by modules.ts). */
export const truthHooks = { notImplemented: (): void => undefined };

/** Guards against infinite recursion in repr of self-containing containers. */
const reprActive = new Set<PyVal>();
export function reprEnter(v: PyVal): boolean {
  if (reprActive.has(v)) return false;
  reprActive.add(v);
  return true;
}
export function reprLeave(v: PyVal): void { reprActive.delete(v); }

function bigintStr(v: bigint): string {
  const d = I.decimalDigits(v);
  if (d === null) throw pyErr(ValueError, I.TO_STR_LIMIT());
  return v < 0n ? '-' + d : d;
}

export function repr(v: PyVal): string {
  switch (typeof v) {
    case 'number': return String(v);
    case 'bigint': return bigintStr(v);
    case 'string': return strRepr(v);
    case 'boolean': return v ? 'True' : 'False';
  }
  if (v instanceof PyFloat) return floatRepr(v.v);
  const m = (v as PyObject).cls.lookup('__repr__');
  const r = callBound(m, v, []);
  if (typeof r !== 'string') throw pyErr(TypeError, `__repr__ returned non-string (type ${typeName(r)})`);
  return r;
}

export function str(v: PyVal): string {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return String(v);
    case 'bigint': return bigintStr(v);
    case 'boolean': return v ? 'True' : 'False';
  }
  if (v instanceof PyFloat) return floatRepr(v.v);
  const m = (v as PyObject).cls.lookup('__str__');
  // object.__str__ calls the type's __repr__ directly: a bad result is reported as __str__'s
  const r = m === undefined || m === objectStr ? callBound((v as PyObject).cls.lookup('__repr__'), v, []) : callBound(m, v, []);
  if (typeof r !== 'string') throw pyErr(TypeError, `__str__ returned non-string (type ${typeName(r)})`);
  return r;
}
export const objectStr = new PyNativeMethod('__str__', (self) => repr(self));

export function defaultRepr(v: PyObject): string {
  const t = v.cls;
  const mod = t.module === 'builtins' ? '' : t.module + '.';
  return `<${mod}${t.qualname} object at ${addressOf(v)}>`;
}
const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000;
export function idOf(v: PyVal): PyVal {
  if (typeof v !== 'object' || v === null) {
    if (typeof v === 'number' && v >= -5 && v <= 256) return 0x7f0000000000 + (v + 5) * 32;
    return 0x7f0000000800;
  }
  let id = ids.get(v);
  if (id === undefined) { id = nextId; nextId += 48; ids.set(v, id); }
  return id;
}
export function addressOf(v: PyVal): string { return '0x' + idOf(v).toString(16); }

// ---------------------------------------------------------------- hashing and equality
const HASH_MOD = 2n ** 61n - 1n;
export function hashInt(v: I.Int): I.Int {
  if (typeof v === 'number') {
    if (v >= 0 && v < 2 ** 61 - 1) return v;
    if (v < 0 && v > -(2 ** 61 - 1)) return v === -1 ? -2 : v;
  }
  const b = I.big(v);
  let h = (b < 0n ? -b : b) % HASH_MOD;
  if (b < 0n) h = -h;
  return h === -1n ? -2 : I.norm(h);
}
export function hashFloat(x: number): I.Int {
  if (Number.isInteger(x)) return hashInt(I.fromFloat(x));
  if (x !== x) return 0;
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  // Same residue mod 2**61-1 as CPython for the exact rational value m * 2**e.
  const neg = x < 0;
  let m = Math.abs(x), e = 0;
  while (!Number.isInteger(m)) { m *= 2; e++; }
  const inv = modpow(2n, HASH_MOD - 1n - BigInt(e), HASH_MOD);
  let h = (BigInt(m) * inv) % HASH_MOD;
  if (neg) h = -h;
  return h === -1n ? -2 : I.norm(h);
}
function modpow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n; b %= m;
  while (e > 0n) { if (e & 1n) r = (r * b) % m; b = (b * b) % m; e >>= 1n; }
  return r;
}
export function hashStr(s: string): number {
  if (s.length === 0) return 0; // as in CPython, whatever the hash seed
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h === -1 ? -2 : h;
}
export function hash(v: PyVal): I.Int {
  switch (typeof v) {
    case 'number': case 'bigint': return hashInt(v);
    case 'string': return hashStr(v);
    case 'boolean': return v ? 1 : 0;
  }
  if (v instanceof PyFloat) return hashFloat(v.v);
  const m = (v as PyObject).cls.lookup('__hash__');
  if (m === undefined || m === None) throw pyErr(TypeError, `unhashable type: '${typeName(v)}'`);
  const r = callBound(m, v, []);
  // __hash__ results that fit a C Py_ssize_t are kept; larger ones are hashed again.
  if (typeof r === 'number') return r === -1 ? -2 : r;
  if (typeof r === 'bigint') return r >= -(2n ** 63n) && r < 2n ** 63n ? (r === -1n ? -2 : I.norm(r)) : hashInt(r);
  if (typeof r === 'boolean') return r ? 1 : 0;
  throw pyErr(TypeError, '__hash__ method should return an integer');
}
export const objectHash = new PyNativeMethod('__hash__', (self) => {
  const id = idOf(self) as number;
  return Math.floor(id / 16);
});
export const objectEq = new PyNativeMethod('__eq__', (self, args) => (self === args[0] ? true : NotImplemented));
export const objectNe = new PyNativeMethod('__ne__', (self, args) => {
  const r = callSpecial(self, '__eq__', [args[0]]);
  return r === NotImplemented ? r : !truthy(r);
});

export function hashTuple(items: PyVal[]): I.Int {
  // CPython's xxHash-based tuple hash, computed in 64-bit arithmetic.
  const P1 = 11400714785074694791n, P2 = 14029467366897019727n, P5 = 2870177450012600261n;
  const M = (1n << 64n) - 1n;
  let acc = P5;
  for (const it of items) {
    let lane = BigInt(hash(it));
    if (lane < 0n) lane += 1n << 64n;
    acc = (acc + lane * P2) & M;
    acc = ((acc << 31n) | (acc >> 33n)) & M;
    acc = (acc * P1) & M;
  }
  acc = (acc + (BigInt(items.length) ^ (P5 ^ 3527539n))) & M;
  if (acc === M) return 1546275796;
  const signed = acc >= (1n << 63n) ? acc - (1n << 64n) : acc;
  return signed === -1n ? -2 : I.norm(signed);
}

tableHooks.hash = hash;
tableHooks.eq = eq;
tableHooks.identityHashed = (t: PyType) => t.lookup('__hash__') === objectHash && t.lookup('__eq__') === objectEq;
/** An instance of a subclass of int/str/float that keeps its base's __hash__ and __eq__ is keyed like its value. */
tableHooks.boxedPrim = (v: PyVal) => {
  if (!(v instanceof PyBoxed)) return undefined;
  const bt = typeOf(v.prim);
  return v.cls.lookup('__hash__') === bt.lookup('__hash__') && v.cls.lookup('__eq__') === bt.lookup('__eq__') ? v.prim : undefined;
};

export function eq(a: PyVal, b: PyVal): boolean {
  if (a === b) {
    if (a instanceof PyFloat) return a.v === a.v;
    return true;
  }
  const ta = typeof a, tb = typeof b;
  if ((ta === 'string' || tb === 'string') && !(a instanceof PyObject) && !(b instanceof PyObject)) return false;
  if ((ta === 'number' || ta === 'bigint' || ta === 'boolean') && (tb === 'number' || tb === 'bigint' || tb === 'boolean')) {
    return numOf(a) == numOf(b);
  }
  return truthy(richCompare(a, b, '=='));
}
function numOf(v: number | bigint | boolean): number | bigint { return typeof v === 'boolean' ? (v ? 1 : 0) : v; }

// ---------------------------------------------------------------- numbers
export function isInt(v: PyVal): v is I.Int { const t = typeof v; return t === 'number' || t === 'bigint'; }
/** int or bool as an Int; undefined otherwise. */
export function asInt(v: PyVal): I.Int | undefined {
  switch (typeof v) {
    case 'number': case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
  }
  if (v instanceof PyObject && (v as PyBoxed).prim !== undefined && isInt((v as PyBoxed).prim)) return (v as PyBoxed).prim;
  return undefined;
}
/** int, bool or float as a JS number; undefined otherwise. */
export function asNumber(v: PyVal): number | undefined {
  switch (typeof v) {
    case 'number': return v;
    case 'bigint': return intToFloat(v);
    case 'boolean': return v ? 1 : 0;
  }
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyObject && (v as PyBoxed).prim !== undefined) return asNumber((v as PyBoxed).prim);
  return undefined;
}
export function intToFloat(v: I.Int): number {
  const x = I.toFloat(v);
  if (!isFinite(x)) throw pyErr(OverflowError, 'int too large to convert to float');
  return x;
}
/** Instances of user subclasses of int, float and str carry their primitive value. */
export class PyBoxed extends PyObject {
  constructor(cls: PyType, public prim: PyVal) { super(cls, new AttrMap()); }
}
export function unbox(v: PyVal): PyVal { return v instanceof PyBoxed ? v.prim : v; }

export function float(x: number): PyFloat { return new PyFloat(x); }

type Op = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '<<' | '>>' | '&' | '|' | '^' | '@';
const dunders: Record<Op, [string, string, string]> = {
  '+': ['__add__', '__radd__', '__iadd__'], '-': ['__sub__', '__rsub__', '__isub__'],
  '*': ['__mul__', '__rmul__', '__imul__'], '/': ['__truediv__', '__rtruediv__', '__itruediv__'],
  '//': ['__floordiv__', '__rfloordiv__', '__ifloordiv__'], '%': ['__mod__', '__rmod__', '__imod__'],
  '**': ['__pow__', '__rpow__', '__ipow__'], '<<': ['__lshift__', '__rlshift__', '__ilshift__'],
  '>>': ['__rshift__', '__rrshift__', '__irshift__'], '&': ['__and__', '__rand__', '__iand__'],
  '|': ['__or__', '__ror__', '__ior__'], '^': ['__xor__', '__rxor__', '__ixor__'],
  '@': ['__matmul__', '__rmatmul__', '__imatmul__'],
};

/** Native binary operation on builtin values; NotImplemented when the types don't apply. */
export const nativeBinop: Record<Op, (a: PyVal, b: PyVal) => PyVal> = {} as never;

/** int/float arithmetic dunders (for explicit calls and super()); operators compute these natively below. */
export const builtinNumSlots = new Set<PyVal>();
function binopSlow(a: PyVal, b: PyVal, op: Op, inplaceOp = false): PyVal {
  const [name, rname] = dunders[op];
  const ta = typeOf(a), tb = typeOf(b);
  let ma = ta.lookup(name);
  let mb = tb === ta ? undefined : tb.lookup(rname);
  if (builtinNumSlots.has(ma)) ma = undefined;
  if (builtinNumSlots.has(mb)) mb = undefined;
  // A subclass's reflected method goes first when it overrides the parent's.
  if (mb !== undefined && tb.isSubtypeOf(ta) && mb !== ta.lookup(rname)) {
    const r = callBound(mb, b, [a]);
    if (r !== NotImplemented) return r;
  }
  if (ma !== undefined) {
    const r = callBound(ma, a, [b]);
    if (r !== NotImplemented) return r;
  }
  const ua = unbox(a), ub = unbox(b);
  if (mb !== undefined && ma === undefined && ub instanceof PyFloat && (typeof ua === 'number' || typeof ua === 'bigint' || typeof ua === 'boolean')) {
    // int's slot declines a float: the float subclass's reflected method comes before float's own.
    const r = callBound(mb, b, [a]);
    if (r !== NotImplemented) return r;
    mb = undefined;
  }
  const n = nativeBinop[op](ua, ub);
  if (n !== NotImplemented) return n;
  if (mb !== undefined) {
    const r = callBound(mb, b, [a]);
    if (r !== NotImplemented) return r;
  }
  if (op === '*') {
    // Sequence repetition comes after both operands' number slots; the count may be any __index__.
    const seqVal = (v: PyVal) => typeof v === 'string' || v instanceof PyList || v instanceof PyTuple;
    const hasIndex = (v: PyVal) => v instanceof PyObject && !(v instanceof PyFloat) && typeOf(v).lookup('__index__') !== undefined;
    // PyNumber_AsSsize_t(count, OverflowError): the message names the count's own type.
    const count = (v: PyVal) => {
      const i = indexOf(v);
      if (typeof i === 'bigint' && (i > 9223372036854775807n || i < -9223372036854775808n)) throw pyErr(OverflowError, `cannot fit '${typeName(v)}' into an index-sized integer`);
      return i;
    };
    if (seqVal(ua) && hasIndex(b)) return nativeBinop['*'](ua, count(b));
    if (seqVal(ub) && hasIndex(a)) return nativeBinop['*'](count(a), ub);
  }
  // The sequence slots (sq_repeat, sq_concat) are inherited by subclasses; their messages name the builtin.
  const seqBase = (t: PyType) => (t.isSubtypeOf(strType) ? strType : t.isSubtypeOf(listType) ? listType : t.isSubtypeOf(tupleType) ? tupleType : undefined);
  if (op === '*' && (seqBase(ta) || seqBase(tb))) {
    throw pyErr(TypeError, `can't multiply sequence by non-int of type '${(seqBase(ta) ? tb : ta).name}'`);
  }
  const concat = op === '+' ? seqBase(ta) : undefined;
  if (concat) throw pyErr(TypeError, `can only concatenate ${concat.name} (not "${tb.name}") to ${concat.name}`);
  if (inplaceOp) throw pyErr(TypeError, `unsupported operand type(s) for ${op}=: '${ta.name}' and '${tb.name}'`);
  if (op === '**') throw pyErr(TypeError, `unsupported operand type(s) for ** or pow(): '${ta.name}' and '${tb.name}'`);
  throw pyErr(TypeError, `unsupported operand type(s) for ${op}: '${ta.name}' and '${tb.name}'`);
}

export function binop(op: Op, a: PyVal, b: PyVal): PyVal {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = nativeBinop[op](a, b);
    if (r !== NotImplemented) return r;
  }
  return binopSlow(a, b, op);
}

export function inplace(op: Op, a: PyVal, b: PyVal): PyVal {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = nativeBinop[op](a, b);
    if (r !== NotImplemented) return r;
  }
  if (typeof a === 'object' && !(a instanceof PyFloat)) {
    const m = (a as PyObject).cls.lookup(dunders[op][2]);
    if (m !== undefined) {
      const r = callBound(m, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  return binopSlow(a, b, op, true);
}

export function add(a: PyVal, b: PyVal): PyVal {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= 9007199254740991 && r >= -9007199254740991) return r;
  } else if (typeof a === 'string' && typeof b === 'string') return a + b;
  return binop('+', a, b);
}
export function sub(a: PyVal, b: PyVal): PyVal {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= 9007199254740991 && r >= -9007199254740991) return r;
  }
  return binop('-', a, b);
}
export function mul(a: PyVal, b: PyVal): PyVal {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r < 9007199254740991 && r > -9007199254740991) return r === 0 ? 0 : r;
  }
  return binop('*', a, b);
}

export function neg(a: PyVal): PyVal {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  if (typeof a === 'bigint') return I.neg(a);
  if (typeof a === 'boolean') return a ? -1 : 0;
  if (a instanceof PyFloat) return new PyFloat(-a.v);
  const r = callSpecial(a, '__neg__', []);
  if (r !== undefined) return r;
  if (a instanceof PyBoxed) return neg(a.prim);
  throw pyErr(TypeError, `bad operand type for unary -: '${typeName(a)}'`);
}
export function pos(a: PyVal): PyVal {
  if (typeof a === 'number' || typeof a === 'bigint') return a;
  if (typeof a === 'boolean') return a ? 1 : 0;
  if (a instanceof PyFloat) return a;
  const r = callSpecial(a, '__pos__', []);
  if (r !== undefined) return r;
  if (a instanceof PyBoxed) return pos(a.prim);
  throw pyErr(TypeError, `bad operand type for unary +: '${typeName(a)}'`);
}
export function invert(a: PyVal): PyVal {
  const i = typeof a === 'object' ? undefined : asInt(a);
  if (i !== undefined) return I.invert(i);
  const r = callSpecial(a, '__invert__', []);
  if (r !== undefined) return r;
  if (a instanceof PyBoxed) return invert(a.prim);
  throw pyErr(TypeError, `bad operand type for unary ~: '${typeName(a)}'`);
}
export function not(a: PyVal): boolean { return !truthy(a); }

// ---------------------------------------------------------------- comparison
const reflected: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=', '==': '==', '!=': '!=' };
const cmpDunder: Record<string, string> = { '<': '__lt__', '>': '__gt__', '<=': '__le__', '>=': '__ge__', '==': '__eq__', '!=': '__ne__' };
export type CmpOp = '<' | '>' | '<=' | '>=' | '==' | '!=';

/** Native comparison of builtin values; NotImplemented when the types don't apply. */
export const nativeCompare: { fn: (a: PyVal, b: PyVal, op: CmpOp) => PyVal } = { fn: () => NotImplemented };

export function richCompare(a: PyVal, b: PyVal, op: CmpOp): PyVal {
  const ta = typeOf(a), tb = typeOf(b);
  const name = cmpDunder[op], rname = cmpDunder[reflected[op]];
  const checkedReflectedFirst = tb !== ta && tb.isSubtypeOf(ta);
  if (checkedReflectedFirst) {
    const m = tb.lookup(rname);
    if (m !== undefined && !(m instanceof PyNativeMethod)) {
      const r = callBound(m, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  const ma = ta.lookup(name);
  if (ma !== undefined && !(ma instanceof PyNativeMethod && (ma === objectEq || ma === objectNe))) {
    const r = ma instanceof PyNativeMethod ? ma.fn(a, [b], null) : callBound(ma, a, [b]);
    if (r !== NotImplemented) return r;
  }
  const n = nativeCompare.fn(unbox(a), unbox(b), op);
  if (n !== NotImplemented) return n;
  if (!checkedReflectedFirst) {
    const m = tb.lookup(rname);
    if (m !== undefined && !(m instanceof PyNativeMethod && (m === objectEq || m === objectNe))) {
      const r = m instanceof PyNativeMethod ? m.fn(b, [a], null) : callBound(m, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === '==') return a === b;
  if (op === '!=') {
    if (ma !== undefined && ma !== objectNe) return a !== b;
    const e = richCompare(a, b, '==');
    return !truthy(e);
  }
  throw pyErr(TypeError, `'${op}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

export function lt(a: PyVal, b: PyVal): PyVal {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return cmpStr(a, b) < 0;
  return richCompare(a, b, '<');
}
export function le(a: PyVal, b: PyVal): PyVal {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  if (typeof a === 'string' && typeof b === 'string') return cmpStr(a, b) <= 0;
  return richCompare(a, b, '<=');
}
export function gt(a: PyVal, b: PyVal): PyVal {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  if (typeof a === 'string' && typeof b === 'string') return cmpStr(a, b) > 0;
  return richCompare(a, b, '>');
}
export function ge(a: PyVal, b: PyVal): PyVal {
  if (typeof a === 'number' && typeof b === 'number') return a >= b;
  if (typeof a === 'string' && typeof b === 'string') return cmpStr(a, b) >= 0;
  return richCompare(a, b, '>=');
}
export function eqv(a: PyVal, b: PyVal): PyVal {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  return richCompare(a, b, '==');
}
export function nev(a: PyVal, b: PyVal): PyVal {
  if (typeof a === 'number' && typeof b === 'number') return a !== b;
  if (typeof a === 'string' && typeof b === 'string') return a !== b;
  return richCompare(a, b, '!=');
}
/** Total order used by sort/min/max: a < b. */
export function less(a: PyVal, b: PyVal): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return cmpStr(a, b) < 0;
  if (a instanceof PyTuple && b instanceof PyTuple && a.cls === tupleType && b.cls === tupleType) {
    const x = a.items, y = b.items, n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      const p = x[i], q = y[i];
      if (p === q || eq(p, q)) continue;
      return less(p, q);
    }
    return x.length < y.length;
  }
  if (a instanceof PyFloat && b instanceof PyFloat) return a.v < b.v;
  return truthy(richCompare(a, b, '<'));
}

// ---------------------------------------------------------------- containers
export function lenOf(v: PyVal): number {
  if (typeof v === 'string') return cpLength(v);
  return Number(lenInt(v));
}
/** len(v), exact also past 2**53 (a range's length can be). */
export function lenInt(v: PyVal): I.Int {
  if (typeof v === 'string') return cpLength(v);
  // Builtin containers directly; a subclass through its type's __len__ (it may override it).
  if (v instanceof PyList || v instanceof PyTuple) { if (v.cls === listType || v.cls === tupleType) return v.items.length; }
  else if (v instanceof PyDict || v instanceof PySet) { if (v.cls === dictType || v.cls === setType || v.cls === frozensetType) return v.t.size; }
  else if (v instanceof PyDeque && v.cls === dequeType) return v.length;
  const m = typeOf(v).lookup('__len__');
  if (m === undefined) throw pyErr(TypeError, `object of type '${typeName(v)}' has no len()`);
  const r = callBound(m, v, []);
  const n = asInt(r);
  if (n === undefined) throw pyErr(TypeError, `'${typeName(r)}' object cannot be interpreted as an integer`);
  if (I.sign(n) < 0) throw pyErr(ValueError, '__len__() should return >= 0');
  if (typeof n === 'bigint' && n > 9223372036854775807n) throw pyErr(OverflowError, "cannot fit 'int' into an index-sized integer");
  return n;
}

/** The count of a repetition (seq * n) of a sequence of itemLen items: OverflowError beyond a
 * C Py_ssize_t (checked first, even for an empty sequence), MemoryError past `limit` items. */
export function repeatCount(n: I.Int, itemLen: number, limit = 2 ** 28): number {
  if (typeof n === 'bigint' && (n > 9223372036854775807n || n < -9223372036854775808n)) throw pyErr(OverflowError, "cannot fit 'int' into an index-sized integer");
  const k = Number(n);
  if (k <= 0 || itemLen === 0) return 0;
  if (itemLen * k > limit) throw pyErr(MemoryError);
  return k;
}

/** Index for a sequence of length n, or throws IndexError with `what`. */
export function seqIndex(i: PyVal, n: number, what: string): number {
  let k: number;
  if (typeof i === 'number') k = i;
  else {
    const x = indexOf(i);
    k = typeof x === 'bigint' ? (x < 0n ? -Infinity : Infinity) : x;
  }
  if (k < 0) k += n;
  if (k < 0 || k >= n) throw pyErr(IndexError, `${what} index out of range`);
  return k;
}
/** operator.index(v). */
export function indexOf(v: PyVal): I.Int {
  const i = asInt(v);
  if (i !== undefined) return i;
  const r = callSpecial(v, '__index__', []);
  if (r !== undefined && isInt(r)) return r;
  if (r !== undefined) throw pyErr(TypeError, `__index__ returned non-int (type ${typeName(r)})`);
  throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
}

function sliceIndex(v: PyVal): I.Int {
  const i = asInt(v);
  if (i !== undefined) return i;
  const r = callSpecial(v, '__index__', []);
  if (r !== undefined && isInt(r)) return r;
  throw pyErr(TypeError, 'slice indices must be integers or None or have an __index__ method');
}
/** slice.indices(n) */
export function sliceIndices(s: PySlice, n: number): [number, number, number] {
  let step = s.step === None ? 1 : Number(sliceIndex(s.step));
  if (step === 0) throw pyErr(ValueError, 'slice step cannot be zero');
  const clamp = (v: PyVal, dflt: number, lo: number, hi: number): number => {
    if (v === None) return dflt;
    let x = sliceIndex(v);
    let k = typeof x === 'bigint' ? (x < 0n ? -Infinity : Infinity) : x;
    if (k < 0) { k += n; if (k < lo) k = lo; } else if (k > hi) k = hi;
    return k;
  };
  if (step > 0) return [clamp(s.start, 0, 0, n), clamp(s.stop, n, 0, n), step];
  return [clamp(s.start, n - 1, -1, n - 1), clamp(s.stop, -1, -1, n - 1), step];
}
export function sliceLength(start: number, stop: number, step: number): number {
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}

export function getitem(o: PyVal, k: PyVal): PyVal {
  if (o instanceof PyList && typeof k === 'number' && o.cls === listType) {
    const items = o.items;
    const i = k < 0 ? k + items.length : k;
    if (i >= 0 && i < items.length) return items[i];
    throw pyErr(IndexError, 'list index out of range');
  }
  if (o instanceof PyDict && o.cls === dictType) {
    const v = o.t.get(k);
    if (v !== undefined) return v;
    throw keyError(k);
  }
  const m = typeOf(o).lookup('__getitem__');
  if (m !== undefined) return callBound(m, o, [k]);
  if (o instanceof PyType) {
    if (o === typeType) return genericAliasHook.make(o, k);
    const cg = o.lookup('__class_getitem__');
    if (cg !== undefined) return call(bindDescriptor(cg, undefined, o), [k]);
    throw pyErr(TypeError, `type '${o.name}' is not subscriptable`);
  }
  throw pyErr(TypeError, `'${typeName(o)}' object is not subscriptable`);
}
/** types.GenericAlias, set by typeobject.ts: `type[int]`. */
export const genericAliasHook = { make: (o: PyVal, _k: PyVal): PyVal => o };
export function keyError(k: PyVal): PyException {
  return newKeyError(k);
}
function newKeyError(k: PyVal): PyException {
  const e = pyErr(KeyError);
  e.args = tuple([k]);
  return e;
}
export function setitem(o: PyVal, k: PyVal, v: PyVal): void {
  if (o instanceof PyList && typeof k === 'number' && o.cls === listType) {
    const items = o.items;
    const i = k < 0 ? k + items.length : k;
    if (i >= 0 && i < items.length) { items[i] = v; return; }
    throw pyErr(IndexError, 'list assignment index out of range');
  }
  if (o instanceof PyDict && o.cls === dictType) { o.t.set(k, v); return; }
  const m = typeOf(o).lookup('__setitem__');
  if (m === undefined) throw pyErr(TypeError, `'${typeName(o)}' object does not support item assignment`);
  callBound(m, o, [k, v]);
}
export function delitem(o: PyVal, k: PyVal): void {
  const m = typeOf(o).lookup('__delitem__');
  if (m === undefined) throw pyErr(TypeError, `'${typeName(o)}' object doesn't support item deletion`);
  callBound(m, o, [k]);
}

export function contains(container: PyVal, item: PyVal): boolean {
  if (typeof container === 'string') {
    if (item instanceof PyBoxed && typeof item.prim === 'string') item = item.prim;
    if (typeof item !== 'string') throw pyErr(TypeError, `'in <string>' requires string as left operand, not ${typeName(item)}`);
    return container.includes(item);
  }
  if (container instanceof PyDict || container instanceof PySet) {
    if (container.cls === dictType) return container.t.find(item) >= 0;
    if (container instanceof PySet) return container.t.find(setKey(item)) >= 0;
  }
  if ((container instanceof PyList || container instanceof PyTuple) && (container.cls === listType || container.cls === tupleType)) {
    const items = container.items;
    for (let i = 0; i < items.length; i++) if (items[i] === item || eq(items[i], item)) return true;
    return false;
  }
  const m = typeOf(container).lookup('__contains__');
  if (m !== undefined) return truthy(callBound(m, container, [item]));
  const t = typeOf(container);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) throw pyErr(TypeError, `argument of type '${typeName(container)}' is not iterable`);
  const it = iter(container);
  for (let v = next(it); v !== STOP; v = next(it)) if (v === item || eq(v, item)) return true;
  return false;
}

// ---------------------------------------------------------------- iteration
export function iter(o: PyVal): PyVal {
  if (o instanceof PyList || o instanceof PyTuple) {
    if (o.cls === listType) return seqIter(o.items, iterTypes.list_iterator);
    if (o.cls === tupleType) return seqIter(o.items, iterTypes.tuple_iterator);
  }
  if (typeof o === 'string') {
    let i = 0;
    const ascii = /^[\x00-\x7f]*$/.test(o);
    const it = new PyIter(() => {
      if (i >= o.length) return STOP;
      const c = o.codePointAt(i)!;
      const ch = String.fromCodePoint(c);
      i += ch.length;
      return ch;
    }, ascii ? iterTypes.str_ascii_iterator : iterTypes.str_iterator);
    it.hint = () => {
      if (ascii) return o.length - i;
      let n = 0;
      for (let j = i; j < o.length; j++) { const u = o.charCodeAt(j); if (u < 0xdc00 || u > 0xdfff || j === i) n++; }
      return n;
    };
    return it;
  }
  if (o instanceof PyIter) return o;
  const m = typeOf(o).lookup('__iter__');
  if (m === undefined || m === None) {
    const gi = typeOf(o).lookup('__getitem__');
    if (gi !== undefined && m === undefined) {
      let i = 0;
      return new PyIter(() => {
        try { return callBound(gi, o, [i++]); } catch (e) {
          if (isExc(e, IndexError) || isExc(e, StopIteration)) return STOP;
          throw e;
        }
      });
    }
    throw pyErr(TypeError, `'${typeName(o)}' object is not iterable`);
  }
  const it = callBound(m, o, []);
  if (typeOf(it).lookup('__next__') === undefined && !(it instanceof PyIter)) {
    throw pyErr(TypeError, `iter() returned non-iterator of type '${typeName(it)}'`);
  }
  return it;
}
export function seqIter(items: PyVal[], cls: PyType = iteratorType): PyIter {
  let i = 0;
  const it = new PyIter(() => (i < items.length ? items[i++] : STOP), cls);
  it.hint = () => Math.max(0, items.length - i);
  return it;
}
/** Next value of a Python iterator, or STOP. */
export function next(it: PyVal): PyVal {
  if (it instanceof PyIter) return it.next();
  const m = typeOf(it).lookup('__next__');
  if (m === undefined) throw pyErr(TypeError, `'${typeName(it)}' object is not an iterator`);
  try {
    return callBound(m, it, []);
  } catch (e) {
    if (isExc(e, StopIteration)) return STOP;
    throw e;
  }
}
/** The items of a list or tuple (not a subclass, which may iterate otherwise), else null. */
export function exactItems(o: PyVal): PyVal[] | null {
  return (o instanceof PyList || o instanceof PyTuple) && (o.cls === listType || o.cls === tupleType) ? o.items : null;
}
/** All values of an iterable as a JS array. */
export function toArray(o: PyVal): PyVal[] {
  if (o instanceof PySet && (o.cls === setType || o.cls === frozensetType)) return o.keys();
  const items = exactItems(o);
  if (items !== null) return items.slice();
  if (typeof o === 'string') return Array.from(o);
  const it = iter(o);
  const out: PyVal[] = [];
  for (let v = next(it); v !== STOP; v = next(it)) out.push(v);
  return out;
}
/** toArray for list(o), tuple(o), sorted(o) and list.extend(o) (list_extend): after getting the
 * iterator, CPython asks a class's own __len__ or __length_hint__ for a size (PyObject_LengthHint). */
export function toListArray(o: PyVal): PyVal[] {
  if (typeof o !== 'object' || exactItems(o) !== null || o instanceof PySet) return toArray(o);
  const it = iter(o);
  lengthHint(o);
  const out: PyVal[] = [];
  for (let v = next(it); v !== STOP; v = next(it)) out.push(v);
  return out;
}
function lengthHint(o: PyVal): void {
  const t = typeOf(o);
  const m = t.lookup('__len__');
  if (m instanceof PyNativeMethod) return;
  if (m !== undefined && m !== None) {
    // Its value is not needed here, only its errors: all but TypeError propagate.
    try { lenOf(o); return; } catch (e) { if (!isExc(e, TypeError)) throw e; }
  }
  const h = t.lookup('__length_hint__');
  if (h === undefined || h instanceof PyNativeMethod) return;
  const r = callBound(h, o, []);
  if (r === NotImplemented) return;
  const n = asInt(r);
  if (n === undefined) throw pyErr(TypeError, `__length_hint__ must be an integer, not ${typeName(r)}`);
  if (I.sign(n) < 0) throw pyErr(ValueError, '__length_hint__() should return >= 0');
}
/** Items of a list/tuple without copying, else a fresh array. */
export function itemsOf(o: PyVal): PyVal[] {
  return exactItems(o) ?? toArray(o);
}

// ---------------------------------------------------------------- isinstance
export function isinstance(v: PyVal, t: PyVal): boolean {
  if (t instanceof PyType) {
    const vt = typeOf(v);
    if (vt === t || vt.isSubtypeOf(t)) return true;
    const ic = t.cls !== typeType ? t.cls.lookup('__instancecheck__') : undefined;
    if (ic !== undefined) return truthy(callBound(ic, t, [v]));
    return false;
  }
  if (t instanceof PyTuple) return t.items.some((x) => isinstance(v, x));
  const ic = typeOf(t).lookup('__instancecheck__');
  if (ic !== undefined) return truthy(callBound(ic, t, [v]));
  throw pyErr(TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
}
export function issubclass(c: PyVal, t: PyVal): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => issubclass(c, x));
  const sc = t instanceof PyType && t.cls === typeType ? undefined : typeOf(t).lookup('__subclasscheck__');
  if (sc !== undefined && !(t instanceof PyType && sc === typeType.lookup('__subclasscheck__'))) return truthy(callBound(sc, t, [c]));
  if (!(c instanceof PyType)) throw pyErr(TypeError, 'issubclass() arg 1 must be a class');
  if (t instanceof PyType) return c.isSubtypeOf(t);
  throw pyErr(TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

export { typeOf, None, NotImplemented, Ellipsis, STOP, PyList, PyTuple, PyDict, PySet, PyRange, PySlice, PyFloat, PyBytes,
  intType, boolType, floatType, strType, tupleType, listType, dictType, frozensetType, objectType, typeType, ZeroDivisionError };
