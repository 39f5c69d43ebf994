// Helpers for defining builtin types' methods and checking their arguments as CPython does.
import { PyType, PyVal, Kw, PyNativeMethod, PyGetSet, PyBuiltin, NativeMethod, NativeFn, None } from './object';
import { PyStaticMethod, PyClassMethod } from './types';
import { pyErr, TypeError, PyException } from './exceptions';
import { typeName } from './ops';

export function method(t: PyType, name: string, fn: NativeMethod): void {
  t.dict.set(name, new PyNativeMethod(name, fn, t));
}
export function getter(t: PyType, name: string, get: (self: PyVal) => PyVal, set?: (self: PyVal, v: PyVal) => void): void {
  t.dict.set(name, new PyGetSet(name, get, set ?? null));
}
export function staticFn(t: PyType, name: string, fn: NativeFn): void {
  t.dict.set(name, new PyStaticMethod(new PyBuiltin(name, fn, undefined, `${t.name}.${name}`)));
}
export function classFn(t: PyType, name: string, fn: NativeFn): void {
  t.dict.set(name, new PyClassMethod(new PyBuiltin(name, fn, undefined, `${t.name}.${name}`)));
}
export function builtin(name: string, fn: NativeFn): PyBuiltin { return new PyBuiltin(name, fn); }

/** Checks a positional-only argument count, with CPython's wording. */
export function nargs(name: string, args: PyVal[], min: number, max = min): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw pyErr(TypeError, `${name}() takes no arguments (${n} given)`);
    if (min === 1) throw pyErr(TypeError, `${name}() takes exactly one argument (${n} given)`);
    throw pyErr(TypeError, `${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw pyErr(TypeError, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throw pyErr(TypeError, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}
export function noKw(name: string, kw: Kw): void {
  if (kw && kw.size) throw pyErr(TypeError, `${name}() takes no keyword arguments`);
}
/** Named arguments from positional and keyword arguments; missing ones are undefined. A `python`
 * method (one CPython writes in Python: its errors count self) words its errors as Python
 * functions do; the last `kwOnly` names are then keyword-only. */
export function params(fname: string, args: PyVal[], kw: Kw, names: string[], required = 0, python = false, kwOnly = 0): PyVal[] {
  const npos = names.length - kwOnly;
  // Positional arguments only, all required ones given: they are the parameters (the rest undefined).
  if ((kw === null || kw.size === 0) && args.length >= required && args.length <= npos) return args;
  const out: PyVal[] = names.map(() => undefined);
  if (python && args.length > npos) {
    const range = required < npos ? `from ${required + 1} to ${npos + 1}` : `${npos + 1}`;
    throw pyErr(TypeError, `${fname}() takes ${range} positional argument${npos === 0 && required === 0 ? '' : 's'} but ${args.length + 1} were given`);
  }
  if (args.length > names.length) throw pyErr(TypeError, `${fname}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${args.length} given)`);
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kw) for (const [k, v] of kw) {
    const i = names.indexOf(k);
    if (i < 0) throw pyErr(TypeError, python ? `${fname}() got an unexpected keyword argument '${k}'` : `'${k}' is an invalid keyword argument for ${fname}()`);
    if (out[i] !== undefined) throw pyErr(TypeError, `argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
    out[i] = v;
  }
  if (python && out.slice(0, required).includes(undefined)) {
    const missing = names.slice(0, required).filter((_, i) => out[i] === undefined).map((n) => `'${n}'`);
    if (missing.length) {
      const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
      throw pyErr(TypeError, `${fname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) throw pyErr(TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}
export function orNone(v: PyVal): PyVal { return v === undefined ? None : v; }
export function expectType(fname: string, v: PyVal, t: PyType, what = t.name): void {
  if (!(v instanceof Object) || !(v as { cls?: PyType }).cls?.isSubtypeOf(t)) {
    throw pyErr(TypeError, `${fname} must be ${what}, not ${typeName(v)}`);
  }
}

// Dunders that str, bytes and bytearray define as plain methods rather than type slots.
const methodDunders = new Set(['__format__', '__getnewargs__', '__sizeof__', '__bytes__', '__reduce__', '__reduce_ex__', '__alloc__']);
/** The TypeError for a builtin type's method called on an object of another type: a slot wrapper
 * (a dunder) and a method descriptor word it differently. */
export function descriptorError(name: string, owner: string, self: PyVal): PyException {
  return pyErr(TypeError, name.startsWith('__') && !methodDunders.has(name)
    ? `descriptor '${name}' requires a '${owner}' object but received a '${typeName(self)}'`
    : `descriptor '${name}' for '${owner}' objects doesn't apply to a '${typeName(self)}' object`);
}

/** Checks the positional argument count of a builtin type's methods before they run, worded by
 * how CPython declares each: 'none' (METH_NOARGS), 'one' (METH_O), [min, max] (Argument Clinic's
 * positional check), ['parse', min, max] (PyArg_ParseTuple and keyword-capable parsers),
 * ['exact', n] ("takes exactly n arguments"), ['slot', n] (a slot wrapper: "expected n
 * arguments, got m") or ['named', min, max, name] (Argument Clinic under another name). */
export type Arity = 'none' | 'one' | [number, number] | ['parse', number, number] | ['exact', number] | ['slot', number] | ['named', number, number, string];
export function checkArity(t: PyType, table: Record<string, Arity>): void {
  const plural = (n: number) => (n === 1 ? '' : 's');
  for (const [name, spec] of Object.entries(table)) {
    const m = t.dict.get(name);
    if (!(m instanceof PyNativeMethod)) continue;
    const check = (args: PyVal[]): void => {
      const n = args.length;
      if (spec === 'none') { if (n) throw pyErr(TypeError, `${t.name}.${name}() takes no arguments (${n} given)`); return; }
      if (spec === 'one') { if (n !== 1) throw pyErr(TypeError, `${t.name}.${name}() takes exactly one argument (${n} given)`); return; }
      if (spec[0] === 'exact') { if (n !== spec[1]) throw pyErr(TypeError, `${name}() takes exactly ${spec[1]} argument${plural(spec[1])} (${n} given)`); return; }
      // slot wrappers (the dunders of builtin types)
      if (spec[0] === 'slot') { if (n !== spec[1]) throw pyErr(TypeError, `expected ${spec[1]} argument${plural(spec[1])}, got ${n}`); return; }
      if (spec[0] === 'named') { nargs(spec[3], args, spec[1], spec[2]); return; }
      if (spec[0] === 'parse') {
        const [, min, max] = spec;
        if (n < min) throw pyErr(TypeError, `${name}() takes at least ${min} argument${plural(min)} (${n} given)`);
        if (n > max) throw pyErr(TypeError, `${name}() takes at most ${max} argument${plural(max)} (${n} given)`);
        return;
      }
      nargs(name, args, spec[0] as number, spec[1] as number);
    };
    const fn = m.fn;
    m.fn = fn.length < 3 ? (self, args) => { check(args); return fn(self, args, null); } : (self, args, kw) => { check(args); return fn(self, args, kw); };
  }
}

const BINARY_SLOTS = ['add', 'radd', 'sub', 'rsub', 'mul', 'rmul', 'truediv', 'rtruediv', 'floordiv', 'rfloordiv', 'mod', 'rmod',
  'divmod', 'rdivmod', 'and', 'rand', 'or', 'ror', 'xor', 'rxor', 'lshift', 'rlshift', 'rshift', 'rrshift', 'eq', 'ne', 'lt', 'le',
  'gt', 'ge', 'contains', 'getitem', 'delitem', 'iadd', 'imul', 'isub', 'iand', 'ior', 'ixor', 'getattribute', 'delattr'];
const UNARY_SLOTS = ['neg', 'pos', 'abs', 'invert', 'len', 'hash', 'bool', 'int', 'float', 'index', 'iter', 'next', 'repr', 'str'];
/** The argument counts of a builtin type's slot wrappers (its operator dunders), as CPython's wrappers check them. */
export function checkSlotArity(t: PyType, except: string[] = []): void {
  const table: Record<string, Arity> = {};
  for (const n of BINARY_SLOTS) table[`__${n}__`] = ['slot', 1];
  for (const n of UNARY_SLOTS) table[`__${n}__`] = ['slot', 0];
  table.__setitem__ = ['slot', 2];
  table.__setattr__ = ['slot', 2];
  for (const n of except) delete table[n];
  checkArity(t, table);
}
