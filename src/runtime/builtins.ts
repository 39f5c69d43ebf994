// The builtins module.
import { PyVal, PyType, PyFloat, None, NotImplemented, Ellipsis, PyObject, PyFunction, PyBuiltin, PyNativeMethod, PyMethod, objectType, typeType, makeType } from './object';
import {
  intType, boolType, floatType, strType, bytesType, listType, tupleType, dictType, setType, frozensetType, rangeType,
  sliceType, propertyType, staticmethodType, classmethodType, superType, PyList, PyTuple, PyIter, STOP, tuple, typeOf,
  PyBytes, iterTypes as typeIters,
} from './types';
import { PyDict, PySet } from './dict';
import { allExceptionTypes, pyErr, newExc, ZeroDivisionError, TypeError, ValueError, StopIteration, AttributeError, OverflowError, EOFError, SystemExit } from './exceptions';
import * as I from './int';
import {
  call, call1, repr, str, truthy, hash, iter, next, toArray, toListArray, lenOf, lenInt, less, gt, isinstance, issubclass, getattr, getattrOpt,
  setattr, delattr, asInt, asNumber, typeName, binop, idOf, indexOf, unbox, callSpecial, add, eq, attrError, callBound, builtinNumSlots,
} from './ops';
import { builtin, nargs, params, method } from './native';
import { toInt, toFloat, roundHalfEven, roundFloat, roundInt, floatToInt, fmtCatch } from './numbers';
import { asciiRepr } from './str';
import { bytearrayType } from './bytearray';
import { sortItems, makeSet } from './containers';
import { dirOf, instanceDict } from './typeobject';
import { formatInt, formatFloat, formatStr } from './format';
import { aiterBuiltin, anextBuiltin } from './coroutine';

export interface IO {
  write(stream: 'stdout' | 'stderr', text: string): void;
  flush(stream: 'stdout' | 'stderr'): void;
  /** The next line of stdin with its newline ('' at end of file; the last line may lack one). */
  readLine(): string;
  /** The rest of stdin. */
  readAll(): string;
}
/** The sys module's dict once imported, and its original stdout: print() writes to whatever sys.stdout is now. */
export const stdStreams: { sys: Map<string, PyVal> | null; stdout: PyVal } = { sys: null, stdout: None };
export const io: IO = {
  write: () => undefined,
  flush: () => undefined,
  readLine: () => '',
  readAll: () => '',
};

/** format(v, spec) via __format__, with fast paths for builtin types. */
export function formatValue(v: PyVal, spec: string): string {
  switch (typeof v) {
    case 'string': return spec === '' ? v : fmtCatch(() => formatStr(v, spec));
    case 'number': return spec === '' ? String(v) : fmtCatch(() => formatInt(v, spec));
    case 'bigint': return fmtCatch(() => formatInt(v, spec));
    case 'boolean': return spec === '' ? (v ? 'True' : 'False') : fmtCatch(() => formatInt(v ? 1 : 0, spec, 'bool'));
  }
  if (v instanceof PyFloat) return fmtCatch(() => formatFloat(v.v, spec));
  const r = callSpecial(v, '__format__', [spec]);
  if (typeof r !== 'string') throw pyErr(TypeError, `__format__ must return a str, not ${typeName(r)}`);
  return r;
}

const B = new Map<string, PyVal>();
const def = (name: string, fn: (args: PyVal[], kw: Map<string, PyVal> | null) => PyVal) => B.set(name, builtin(name, fn));

for (const [name, t] of [
  ['object', objectType], ['type', typeType], ['int', intType], ['bool', boolType], ['float', floatType], ['str', strType],
  ['bytes', bytesType], ['list', listType], ['tuple', tupleType], ['dict', dictType], ['set', setType],
  ['frozenset', frozensetType], ['range', rangeType], ['slice', sliceType], ['property', propertyType],
  ['staticmethod', staticmethodType], ['classmethod', classmethodType], ['super', superType],
] as const) B.set(name, t);
B.set('bytearray', bytearrayType);
for (const [name, t] of allExceptionTypes()) B.set(name, t);
B.set('EnvironmentError', B.get('OSError'));
B.set('IOError', B.get('OSError'));
B.set('None', None);
B.set('NotImplemented', NotImplemented);
B.set('Ellipsis', Ellipsis);
B.set('__name__', 'builtins');

def('print', (args, kw) => {
  let sep = ' ', end = '\n', file: PyVal = None, flush = false;
  if (kw) for (const [k, v] of kw) {
    if (k === 'sep') { if (v !== None) { if (typeof v !== 'string') throw pyErr(TypeError, `sep must be None or a string, not ${typeName(v)}`); sep = v; } }
    else if (k === 'end') { if (v !== None) { if (typeof v !== 'string') throw pyErr(TypeError, `end must be None or a string, not ${typeName(v)}`); end = v; } }
    else if (k === 'file') file = v;
    else if (k === 'flush') flush = truthy(v);
    else throw pyErr(TypeError, `'${k}' is an invalid keyword argument for print()`);
  }
  if (file === None && stdStreams.sys) {
    file = stdStreams.sys.get('stdout') ?? None;
    if (file === None) return None;
    if (file === stdStreams.stdout) file = None;
  }
  if (file === None) {
    let text = '';
    for (let i = 0; i < args.length; i++) { if (i) text += sep; text += str(args[i]); }
    io.write('stdout', text + end);
    if (flush) io.flush('stdout');
    return None;
  }
  // Like CPython, a file object gets one write() per argument, separator and end.
  const write = getattr(file, 'write');
  for (let i = 0; i < args.length; i++) { if (i) call(write, [sep]); call(write, [str(args[i])]); }
  call(write, [end]);
  if (flush) call(getattr(file, 'flush'), []);
  return None;
});
def('input', (args) => {
  nargs('input', args, 0, 1);
  if (args.length) io.write('stdout', str(args[0]));
  io.flush('stdout');
  const line = io.readLine();
  if (line === '') throw pyErr(EOFError, 'EOF when reading a line');
  return line.endsWith('\n') ? line.slice(0, -1) : line;
});
def('len', (args) => { nargs('len', args, 1); return lenInt(args[0]); });
def('repr', (args) => { nargs('repr', args, 1); return repr(args[0]); });
def('ascii', (args) => { nargs('ascii', args, 1); return asciiRepr(repr(args[0])); });
def('hash', (args) => { nargs('hash', args, 1); return hash(args[0]); });
def('id', (args) => { nargs('id', args, 1); return idOf(args[0]); });
def('iter', (args) => {
  nargs('iter', args, 1, 2);
  if (args.length === 1) return iter(args[0]);
  const [f, sentinel] = args;
  if (!isCallable(f)) throw pyErr(TypeError, 'iter(v, w): v must be callable');
  let done = false;
  return new PyIter(() => {
    if (done) return STOP;
    const v = call(f, []);
    if (v === sentinel || eq(v, sentinel)) { done = true; return STOP; }
    return v;
  });
});
def('next', (args) => {
  nargs('next', args, 1, 2);
  const it = args[0];
  if (!(it instanceof PyIter) && typeOf(it).lookup('__next__') === undefined) throw pyErr(TypeError, `'${typeName(it)}' object is not an iterator`);
  if (args.length === 1 && !(it instanceof PyIter)) return call(getattr(it, '__next__'), []);
  const v = next(it);
  if (v === STOP) {
    if (args.length > 1) return args[1];
    throw pyErr(StopIteration);
  }
  return v;
});
def('aiter', (args) => { nargs('aiter', args, 1); return aiterBuiltin(args[0]); });
def('anext', (args) => { nargs('anext', args, 1, 2); return anextBuiltin(args[0], args[1]); });
export function isCallable(v: PyVal): boolean {
  return v instanceof PyType || v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyNativeMethod || v instanceof PyMethod || typeOf(v).lookup('__call__') !== undefined;
}
def('callable', (args) => { nargs('callable', args, 1); return isCallable(args[0]); });
def('isinstance', (args) => { nargs('isinstance', args, 2); return isinstance(args[0], args[1]); });
def('issubclass', (args) => { nargs('issubclass', args, 2); return issubclass(args[0], args[1]); });
def('getattr', (args) => {
  nargs('getattr', args, 2, 3);
  const name = args[1];
  if (typeof unbox(name) !== 'string') throw pyErr(TypeError, `attribute name must be string, not '${typeName(name)}'`);
  if (args.length === 2) return getattr(args[0], unbox(name));
  try { const v = getattrOpt(args[0], unbox(name)); return v === undefined ? args[2] : v; } catch (e) {
    if (isinstance(e, AttributeError)) return args[2];
    throw e;
  }
});
def('setattr', (args) => { nargs('setattr', args, 3); setattr(args[0], attrName(args[1]), args[2]); return None; });
def('delattr', (args) => { nargs('delattr', args, 2); delattr(args[0], attrName(args[1])); return None; });
def('hasattr', (args) => {
  nargs('hasattr', args, 2);
  try { return getattrOpt(args[0], attrName(args[1])) !== undefined; } catch (e) {
    if (isinstance(e, AttributeError)) return false;
    throw e;
  }
});
function attrName(v: PyVal): string {
  const u = unbox(v);
  if (typeof u !== 'string') throw pyErr(TypeError, `attribute name must be string, not '${typeName(v)}'`);
  return u;
}
def('vars', (args) => {
  nargs('vars', args, 0, 1);
  const o = args[0];
  const d = instanceDict(o);
  if (d) return d;
  throw pyErr(TypeError, 'vars() argument must have __dict__ attribute');
});
def('dir', (args) => {
  if (!args.length) return new PyList([]);
  // An own __dir__ (a class's, a module's) gives the names; dir() sorts them.
  const m = typeOf(args[0]).lookup('__dir__');
  if (m !== undefined && m !== objectType.dict.get('__dir__')) {
    const names = toArray(callBound(m, args[0], []));
    return new PyList(names.sort((a, b) => (less(a, b) ? -1 : less(b, a) ? 1 : 0)));
  }
  return new PyList(dirOf(args[0]));
});
def('abs', (args) => {
  nargs('abs', args, 1);
  const v = args[0];
  if (typeof v === 'number') return Math.abs(v);
  if (typeof v === 'bigint') return I.abs(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return new PyFloat(Math.abs(v.v));
  const r = callSpecial(v, '__abs__', []);
  if (r === undefined) throw pyErr(TypeError, `bad operand type for abs(): '${typeName(v)}'`);
  return r;
});
def('round', (args, kw) => {
  const [v, nd] = params('round', args, kw, ['number', 'ndigits'], 1);
  const x = unbox(v);
  if (x instanceof PyFloat) {
    if (nd === undefined || nd === None) return floatToInt(roundHalfEven(x.v));
    return new PyFloat(roundFloat(x.v, Number(indexOf(nd))));
  }
  const i = asInt(x);
  if (i !== undefined && typeof v !== 'object') return nd === undefined || nd === None ? i : roundInt(i, Number(indexOf(nd)));
  const r = callSpecial(v, '__round__', nd === undefined || nd === None ? [] : [nd]);
  if (r === undefined) throw pyErr(TypeError, `type ${typeName(v)} doesn't define __round__ method`);
  return r;
});
def('divmod', (args) => {
  nargs('divmod', args, 2);
  const [a, b] = args;
  const bz = b === 0 || b === false || (b instanceof PyFloat && b.v === 0);
  if (bz && (typeof a === 'number' || typeof a === 'bigint' || typeof a === 'boolean' || a instanceof PyFloat)) {
    throw pyErr(ZeroDivisionError, a instanceof PyFloat || b instanceof PyFloat ? 'float divmod()' : 'integer division or modulo by zero');
  }
  const num = (v: PyVal) => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat;
  if (num(a) && num(b)) return tuple([binop('//', a, b), binop('%', a, b)]);
  // The __divmod__/__rdivmod__ protocol (a subclass's reflected method first).
  const ta = typeOf(a), tb = typeOf(b);
  let ma = ta.lookup('__divmod__');
  let mb = tb === ta ? undefined : tb.lookup('__rdivmod__');
  if (builtinNumSlots.has(ma)) ma = undefined;
  if (builtinNumSlots.has(mb)) mb = undefined;
  if (mb !== undefined && tb.isSubtypeOf(ta)) {
    const r = callBound(mb, b, [a]);
    if (r !== NotImplemented) return r;
    mb = undefined;
  }
  if (ma !== undefined) {
    const r = callBound(ma, a, [b]);
    if (r !== NotImplemented) return r;
  }
  const ua = unbox(a), ub = unbox(b);
  if (num(ua) && num(ub)) return tuple([binop('//', ua, ub), binop('%', ua, ub)]);
  if (mb !== undefined) {
    const r = callBound(mb, b, [a]);
    if (r !== NotImplemented) return r;
  }
  throw pyErr(TypeError, `unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
});
def('pow', (args, kw) => {
  const [b, e, m] = params('pow', args, kw, ['base', 'exp', 'mod'], 2);
  if (m === undefined || m === None) return binop('**', b, e);
  const bi = asInt(b), ei = asInt(e), mi = asInt(m);
  if (bi === undefined || ei === undefined || mi === undefined) throw pyErr(TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
  if (I.isZero(mi)) throw pyErr(ValueError, 'pow() 3rd argument cannot be 0');
  if (I.sign(ei) < 0) {
    const inv = modInverse(I.big(bi), I.big(mi));
    return I.powmod(inv, I.neg(ei), mi);
  }
  return I.powmod(bi, ei, mi);
});
function modInverse(a: bigint, m: bigint): I.Int {
  const mm = m < 0n ? -m : m;
  let [r0, r1] = [((a % mm) + mm) % mm, mm];
  let [s0, s1] = [1n, 0n];
  while (r1) { const q = r0 / r1; [r0, r1] = [r1, r0 - q * r1]; [s0, s1] = [s1, s0 - q * s1]; }
  if (r0 !== 1n) throw pyErr(ValueError, 'base is not invertible for the given modulus');
  return I.norm(((s0 % mm) + mm) % mm);
}
def('sum', (args, kw) => {
  const [it, start] = params('sum', args, kw, ['iterable', 'start'], 1);
  let acc: PyVal = start === undefined ? 0 : start;
  if (typeof acc === 'string') throw pyErr(TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  const items = iter(it);
  let fsum: number | null = null;
  for (let v = next(items); v !== STOP; v = next(items)) {
    if (fsum !== null) {
      if (v instanceof PyFloat) { fsum += v.v; continue; }
      acc = new PyFloat(fsum); fsum = null;
    }
    if (acc instanceof PyFloat && v instanceof PyFloat) { fsum = acc.v + v.v; continue; }
    acc = add(acc, v);
  }
  return fsum !== null ? new PyFloat(fsum) : acc;
});
function minmax(name: 'min' | 'max', args: PyVal[], kw: Map<string, PyVal> | null): PyVal {
  let key: PyVal = None, dflt: PyVal = undefined;
  if (args.length === 0) throw pyErr(TypeError, `${name} expected at least 1 argument, got 0`);
  if (kw) for (const [k, v] of kw) {
    if (k === 'key') key = v; else if (k === 'default') dflt = v;
    else throw pyErr(TypeError, `'${k}' is an invalid keyword argument for ${name}()`);
  }
  let items: PyVal[];
  if (args.length === 1) items = toArray(args[0]);
  else {
    if (dflt !== undefined) throw pyErr(TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  if (!items.length) {
    if (dflt !== undefined) return dflt;
    throw pyErr(ValueError, `${name}() arg is an empty sequence`);
  }
  let best = items[0], bestKey = key === None ? best : call1(key, best);
  for (let i = 1; i < items.length; i++) {
    const k = key === None ? items[i] : call1(key, items[i]);
    if (name === 'min' ? less(k, bestKey) : truthy(gt(k, bestKey))) { best = items[i]; bestKey = k; }
  }
  return best;
}
def('min', (args, kw) => minmax('min', args, kw));
def('max', (args, kw) => minmax('max', args, kw));
def('sorted', (args, kw) => {
  if (args.length !== 1) throw pyErr(TypeError, `sorted expected 1 argument, got ${args.length}`);
  let key: PyVal = None, reverse = false;
  if (kw) for (const [k, v] of kw) {
    if (k === 'key') key = v; else if (k === 'reverse') reverse = truthy(v);
    else throw pyErr(TypeError, `'${k}' is an invalid keyword argument for sort()`);
  }
  return new PyList(sortItems(toListArray(args[0]), key, reverse));
});
def('reversed', (args) => {
  if (args.length !== 1) throw pyErr(TypeError, `reversed expected 1 argument, got ${args.length}`);
  const s = args[0];
  const notReversible = () => pyErr(TypeError, `'${typeName(s)}' object is not reversible`);
  if (typeOf(s).lookup('__reversed__') === None) throw notReversible();
  const r = callSpecial(s, '__reversed__', []);
  if (r !== undefined) return r;
  // PySequence_Check: __getitem__ and not a dict; then the length is asked for (its own error).
  if (typeOf(s).lookup('__getitem__') === undefined || s instanceof PyDict) throw notReversible();
  let i = lenOf(s) - 1;
  const gi = typeOf(s).lookup('__getitem__');
  const it = new PyIter(() => (i >= 0 ? callBound(gi, s, [i--]) : STOP), typeIters.reversed);
  it.hint = () => Math.max(0, i + 1);
  return it;
});
def('enumerate', (args, kw) => {
  if (args.length + (kw?.size ?? 0) > 2) throw pyErr(TypeError, `enumerate() takes at most 2 arguments (${args.length + (kw?.size ?? 0)} given)`);
  const [it, start] = params('enumerate', args, kw, ['iterable', 'start']);
  if (it === undefined) throw pyErr(TypeError, "enumerate() missing required argument 'iterable'");
  const src = iter(it);
  let i: I.Int = start === undefined ? 0 : indexOf(start);
  return new PyIter(() => {
    const v = next(src);
    if (v === STOP) return STOP;
    const r = tuple([i, v]);
    i = I.add(i, 1);
    return r;
  }, iterTypeFor('enumerate'));
});
const iterTypes = new Map<string, PyType>();
function iterTypeFor(name: string): PyType {
  let t = iterTypes.get(name);
  if (!t) {
    t = new PyType(typeType, name, [typeOf(new PyIter(() => STOP))]);
    t.mro = [t, ...t.bases[0].mro];
    t.hasDict = false;
    iterTypes.set(name, t);
  }
  return t;
}
def('zip', (args, kw) => {
  const strict = kw?.get('strict');
  if (kw) {
    if (kw.size > 1) throw pyErr(TypeError, `zip() takes at most 1 keyword argument (${kw.size} given)`);
    for (const k of kw.keys()) if (k !== 'strict') throw pyErr(TypeError, `'${k}' is an invalid keyword argument for zip()`);
  }
  const its = args.map(iter);
  if (!its.length) return new PyIter(() => STOP, iterTypeFor('zip'));
  let done = false;
  return new PyIter(() => {
    if (done) return STOP;
    const out: PyVal[] = [];
    for (let i = 0; i < its.length; i++) {
      const v = next(its[i]);
      if (v === STOP) {
        done = true;
        if (strict !== undefined && truthy(strict)) {
          if (i > 0) throw pyErr(ValueError, `zip() argument ${i + 1} is shorter than argument${i > 1 ? 's 1-' + i : ' 1'}`);
          for (let j = 1; j < its.length; j++) if (next(its[j]) !== STOP) throw pyErr(ValueError, `zip() argument ${j + 1} is longer than argument${j > 1 ? 's 1-' + j : ' 1'}`);
        }
        return STOP;
      }
      out.push(v);
    }
    return tuple(out);
  }, iterTypeFor('zip'));
});
def('map', (args) => {
  if (args.length < 2) throw pyErr(TypeError, 'map() must have at least two arguments.');
  const f = args[0];
  const its = args.slice(1).map(iter);
  return new PyIter(() => {
    const vals: PyVal[] = [];
    for (const it of its) { const v = next(it); if (v === STOP) return STOP; vals.push(v); }
    return call(f, vals);
  }, iterTypeFor('map'));
});
def('filter', (args) => {
  nargs('filter', args, 2);
  const [f, it] = args;
  const src = iter(it);
  return new PyIter(() => {
    for (let v = next(src); v !== STOP; v = next(src)) if (f === None ? truthy(v) : truthy(call1(f, v))) return v;
    return STOP;
  }, iterTypeFor('filter'));
});
def('any', (args) => { nargs('any', args, 1); const it = iter(args[0]); for (let v = next(it); v !== STOP; v = next(it)) if (truthy(v)) return true; return false; });
def('all', (args) => { nargs('all', args, 1); const it = iter(args[0]); for (let v = next(it); v !== STOP; v = next(it)) if (!truthy(v)) return false; return true; });
def('chr', (args) => {
  nargs('chr', args, 1);
  const i = indexOf(args[0]);
  if (i < -(2 ** 31) || i > 2 ** 31 - 1) throw pyErr(OverflowError, 'Python int too large to convert to C int');
  if (i < 0 || i > 0x10ffff) throw pyErr(ValueError, 'chr() arg not in range(0x110000)');
  return String.fromCodePoint(Number(i));
});
def('ord', (args) => {
  nargs('ord', args, 1);
  const s = unbox(args[0]);
  if (s instanceof PyBytes) { if (s.bytes.length !== 1) throw pyErr(TypeError, `ord() expected a character, but string of length ${s.bytes.length} found`); return s.bytes[0]; }
  if (typeof s !== 'string') throw pyErr(TypeError, `ord() expected string of length 1, but ${typeName(args[0])} found`);
  const cps = Array.from(s);
  if (cps.length !== 1) throw pyErr(TypeError, `ord() expected a character, but string of length ${cps.length} found`);
  return cps[0].codePointAt(0)!;
});
const radix = (name: string, base: number, prefix: string) => def(name, (args) => {
  nargs(name, args, 1);
  const i = indexOf(args[0]);
  const neg = I.sign(i) < 0;
  return (neg ? '-' : '') + prefix + I.abs(i).toString(base);
});
radix('hex', 16, '0x');
radix('oct', 8, '0o');
radix('bin', 2, '0b');
def('format', (args) => { nargs('format', args, 1, 2); const spec = args.length > 1 ? args[1] : ''; if (typeof spec !== 'string') throw pyErr(TypeError, `format() argument 2 must be str, not ${typeName(spec)}`); return formatValue(args[0], spec); });
def('globals', () => { throw pyErr(TypeError, 'globals() is bound per module'); });
def('locals', () => new PyDict());
B.set('__build_class__', None);

// exit and quit, which CPython's site module installs: callables that raise SystemExit(code), and
// whose repr tells how to leave the interactive prompt.
const quitterType = makeType('Quitter');
quitterType.module = '_sitebuiltins';
method(quitterType, '__call__', (self, args, kw) => {
  const [code] = params('__call__', args, kw, ['code']);
  throw newExc(SystemExit, code === undefined ? None : code);
});
method(quitterType, '__repr__', (self) => `Use ${(self as PyObject & { quitName: string }).quitName}() or Ctrl-D (i.e. EOF) to exit`);
for (const name of ['exit', 'quit']) B.set(name, Object.assign(new PyObject(quitterType, null), { quitName: name }));
void setType; void makeSet; void toInt; void toFloat; void OverflowError; void asNumber; void attrError;

export const builtins: Map<string, PyVal> = B;
