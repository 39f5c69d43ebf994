// str and bytes: constructors and methods.
import { PyVal, None, PyFloat, PyType, PyObject, Kw, NativeMethod, PyBuiltin } from './object';
import { strType, bytesType, PyList, PyTuple, PyBytes, tuple, PyIter, STOP, PyClassMethod, PyStaticMethod, typeOf, iterTypes } from './types';
import { PyDict } from './dict';
import {
  pyErr, newExc, TypeError, ValueError, IndexError, LookupError, UnicodeEncodeError, UnicodeDecodeError, MemoryError, OverflowError,
} from './exceptions';
import * as I from './int';
import {
  asInt, repr, str, typeName, toArray, getitem, getattr, callSpecial, PyBoxed, unbox, hashStr, strRepr, sliceIndices,
  sliceLength, isinstance, eq, indexOf, call, nativeCompare, truthy, repeatCount, iter, lenOf,
} from './ops';
import { method, nargs, params, staticFn, descriptorError, checkArity, checkSlotArity, Arity } from './native';
import { formatStr, percentFormat, formatTemplateParts, parseFieldName, FormatError, checkConversion } from './format';
import { fmtCatch, toInt, toFloat } from './numbers';
import { percentHook } from './arith';
import { PySlice } from './types';
import { cpStarts, cpLength, cpIndexOf, unitOf, cpAt, cmpStr } from './codepoints';
import { everyCp, isAlphaCp, isAlnumCp, isDecimalCp, isDigitCp, isNumericCp, isPrintableCp } from './unicode';

function s_(self: PyVal, name: string): string {
  const v = unbox(self);
  if (typeof v !== 'string') throw descriptorError(name, 'str', self);
  return v;
}
/** v as a string, or TypeError `${expected}, not TYPE` (just `expected` when `namesType` is false). */
/** Argument Clinic's wording of a bad argument's type: None by name. */
const badArgName = (v: PyVal): string => (v === None ? 'None' : typeName(v));
function argStr(v: PyVal, expected: string, namesType = true): string {
  const u = unbox(v);
  // Argument Clinic's messages (they name the function) say None; PyArg_Parse's say NoneType.
  if (typeof u !== 'string') throw pyErr(TypeError, namesType ? `${expected}, not ${expected.includes('() argument') ? badArgName(v) : typeName(v)}` : expected);
  return u;
}
/** A start/end argument: an int or an __index__ object, as CPython's _PyEval_SliceIndex. */
function sliceIdx(v: PyVal): number {
  const i = asInt(v);
  if (i !== undefined) return Number(i);
  if (v instanceof PyObject && !(v instanceof PyFloat) && v.cls.lookup('__index__') !== undefined) return Number(indexOf(v));
  throw pyErr(TypeError, 'slice indices must be integers or None or have an __index__ method');
}
function optIndex(v: PyVal, n: number, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  let i = Number(sliceIdx(v));
  if (i < 0) { i += n; if (i < 0) i = 0; } else if (i > n) i = n;
  return i;
}

strType.native = (cls, args, kw) => {
  const [obj, encoding, errors] = params('str', args, kw, ['object', 'encoding', 'errors']);
  let v: string;
  if (obj === undefined) v = '';
  else if (encoding !== undefined || errors !== undefined) {
    const enc = strArg(encoding, 'str', 'encoding', 'utf-8'), err = strArg(errors, 'str', 'errors', 'strict');
    if (!(obj instanceof PyBytes)) throw pyErr(TypeError, typeof unbox(obj) === 'string' ? 'decoding str is not supported' : `decoding to str: need a bytes-like object, ${typeName(obj)} found`);
    v = decodeBytes(obj.bytes, enc, err, obj);
  } else v = str(obj);
  return cls === strType ? v : new PyBoxed(cls, v);
};

method(strType, '__repr__', (self) => strRepr(s_(self, '__repr__')));
method(strType, '__str__', (self) => s_(self, '__str__'));
method(strType, '__hash__', (self) => hashStr(s_(self, '__hash__')));
method(strType, '__len__', (self) => cpLength(s_(self, '__len__')));
method(strType, '__format__', (self, args) => fmtCatch(() => formatStr(s_(self, '__format__'), argStr(args[0], '__format__() argument must be str'))));
method(strType, '__getitem__', (self, args) => strGetitem(s_(self, '__getitem__'), args[0]));
method(strType, '__contains__', (self, args) => s_(self, '__contains__').includes(argStr(args[0], "'in <string>' requires string as left operand")));
method(strType, '__add__', (self, args) => (typeof unbox(args[0]) === 'string' ? s_(self, '__add__') + unbox(args[0]) : NotImpl()));
method(strType, '__mod__', (self, args) => strPercent(s_(self, '__mod__'), args[0]));
method(strType, '__iter__', (self) => iter(s_(self, '__iter__')));
method(strType, '__eq__', (self, args) => { const o = unbox(args[0]); return typeof o === 'string' ? s_(self, '__eq__') === o : NotImpl(); });
for (const [name, test] of [['__lt__', (c: number) => c < 0], ['__le__', (c: number) => c <= 0], ['__gt__', (c: number) => c > 0], ['__ge__', (c: number) => c >= 0]] as const) {
  method(strType, name, (self, args) => { const o = unbox(args[0]); return typeof o === 'string' ? test(cmpStr(s_(self, name), o)) : NotImpl(); });
}
function NotImpl(): PyVal { return notImplemented; }
let notImplemented: PyVal;
export function setNotImplemented(v: PyVal): void { notImplemented = v; }

export function strGetitem(s: string, k: PyVal): string {
  const st = cpStarts(s);
  const len = st === null ? s.length : st.length - 1;
  if (k instanceof PySlice) {
    const [start, stop, step] = sliceIndices(k, len);
    if (step === 1) return stop > start ? s.slice(unitOf(st, start), unitOf(st, stop)) : '';
    const n = sliceLength(start, stop, step);
    let out = '';
    for (let i = 0, j = start; i < n; i++, j += step) out += cpAt(s, st, j);
    return out;
  }
  let i = asInt(k);
  if (i === undefined) {
    if (!(k instanceof PyObject) || k.cls.lookup('__index__') === undefined) throw pyErr(TypeError, `string indices must be integers, not '${typeName(k)}'`);
    i = indexOf(k);
  }
  let n = Number(i);
  if (n < 0) n += len;
  if (n < 0 || n >= len) throw pyErr(IndexError, 'string index out of range');
  return cpAt(s, st, n);
}

export function strPercent(fmt: string, arg: PyVal): string {
  const a = unbox(arg);
  const isTuple = a instanceof PyTuple;
  const isMapping = !isTuple && typeof a === 'object' && a !== None && !(a instanceof PyFloat) && typeof a !== 'string' &&
    (a instanceof PyDict || (getattrSafe(a, '__getitem__') && !(a instanceof PyList)));
  return fmtCatch(() => percentFormat(
    fmt,
    isTuple ? (a as PyTuple).items : [arg],
    isMapping ? (key: string) => getitem(a, key) : null,
    {
      str, repr, ascii: (v) => asciiRepr(repr(v)),
      toInt: (v) => { const u = unbox(v); if (u instanceof PyFloat) return null; return asInt(u) ?? (callSpecial(v, '__index__', []) ?? callSpecial(v, '__int__', []) ?? null); },
      toFloat: (v) => { const u = unbox(v); if (u instanceof PyFloat) return u.v; const i = asInt(u); if (i !== undefined) return I.toFloat(i); const f = callSpecial(v, '__float__', []); return f instanceof PyFloat ? f.v : null; },
      typeName,
    },
  ));
}
function getattrSafe(o: PyVal, name: string): boolean {
  try { getattr(o, name); return true; } catch { return false; }
}
percentHook.fn = (a, b) => (typeof a === 'string' ? strPercent(a, b) : notImplemented);

export function asciiRepr(r: string): string {
  let out = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

/** str.format and format_map. */
export function strFormat(fmt: string, args: PyVal[], kw: Map<string, PyVal> | ((k: string) => PyVal), formatValue: (v: PyVal, spec: string) => string, depth = 0,
  st = { auto: 0, manual: false }): string {
  // Automatic numbering is shared with the nested fields of format specs, as CPython's.
  let out = '';
  const parts = formatTemplateParts(fmt);
  for (const p of parts) {
    if ('literal' in p) { out += p.literal; continue; }
    if ('error' in p) return fmtCatch((): string => { throw p.error; });
    const fld = fmtCatch(() => parseFieldName(p.field));
    let v: PyVal;
    let first = fld.first;
    if (first === '') {
      if (st.manual) throw pyErr(ValueError, 'cannot switch from manual field specification to automatic field numbering');
      first = st.auto++;
    } else if (typeof first === 'number') {
      if (st.auto) throw pyErr(ValueError, 'cannot switch from automatic field numbering to manual field specification');
      st.manual = true;
    }
    if (typeof first === 'number') {
      if (first >= args.length) throw pyErr(IndexError, `Replacement index ${first} out of range for positional args tuple`);
      v = args[first];
    } else {
      if (typeof kw === 'function') v = kw(first);
      else {
        v = kw.get(first);
        if (v === undefined) throw keyErr(first);
      }
    }
    for (const r of fld.rest) {
      if ('attr' in r) v = getattr(v, r.attr);
      else v = getitem(v, r.index);
    }
    if (p.conversion !== null) fmtCatch(() => checkConversion(p.conversion!));
    if (p.conversion === 'r') v = repr(v);
    else if (p.conversion === 's') v = str(v);
    else if (p.conversion === 'a') v = asciiRepr(repr(v));
    let spec = p.spec;
    if (spec.includes('{')) {
      if (depth >= 1) throw pyErr(ValueError, 'Max string recursion exceeded');
      spec = strFormat(spec, args, kw, formatValue, depth + 1, st);
    }
    out += formatValue(v, spec);
  }
  return out;
}
let keyErr: (k: PyVal) => never = () => { throw new Error('KeyError'); };
export function setKeyErr(f: (k: PyVal) => never): void { keyErr = f; }

// -------------------------------------------------------------- methods
/** Python's str whitespace (Py_UNICODE_ISSPACE). */
const WS_RE = /^[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/;
const ws = (c: string) => WS_RE.test(c);
/** Titlecase of one code point, as str.title/capitalize use it. */
function titleChar(c: string): string {
  const cp = c.codePointAt(0)!;
  if (cp >= 0x1c4 && cp <= 0x1cc) return String.fromCodePoint(cp - ((cp - 0x1c4) % 3) + 1);
  if (cp >= 0x1f1 && cp <= 0x1f3) return '\u01f2';
  if ((cp >= 0x10d0 && cp <= 0x10fa) || (cp >= 0x10fd && cp <= 0x10ff)) return c;
  if (cp >= 0x1f80 && cp <= 0x1faf) return String.fromCodePoint(cp | 8);
  if (cp === 0x1fb3 || cp === 0x1fc3 || cp === 0x1ff3) return String.fromCodePoint(cp + 9);
  if (cp === 0x1fbc || cp === 0x1fcc || cp === 0x1ffc) return c;
  // Greek with ypogegrammeni: the title case keeps the iota subscript as a combining mark
  if ([0x1fb2, 0x1fb4, 0x1fb7, 0x1fc2, 0x1fc4, 0x1fc7, 0x1ff2, 0x1ff4, 0x1ff7].includes(cp)) return c.toUpperCase().slice(0, -1) + '\u0345';
  if (cp === 0x149) return '\u02bcN';
  const u = c.toUpperCase();
  if (u.length === c.length) return u;
  const first = String.fromCodePoint(u.codePointAt(0)!);
  return first + u.slice(first.length).toLowerCase();
}
const isCased = (c: string) => c.toLowerCase() !== c.toUpperCase() || titleChar(c) !== c;
function casefold(s: string): string {
  let out = '';
  for (const c of s) {
    const cp = c.codePointAt(0)!;
    if (cp === 0x131 || cp === 0x130) out += cp === 0x131 ? c : 'i\u0307';
    else if ((cp >= 0xab70 && cp <= 0xabbf) || (cp >= 0x13f8 && cp <= 0x13fd)) out += c.toUpperCase();
    else if (cp >= 0x13a0 && cp <= 0x13f5) out += c;
    else out += c.toLowerCase().toUpperCase().toLowerCase();
  }
  return out;
}
function stripChars(s: string, chars: PyVal, left: boolean, right: boolean): string {
  let a = 0, b = s.length;
  const set = chars === undefined || chars === None ? null : argStr(chars, `${left ? right ? '' : 'l' : 'r'}strip arg must be None or str`, false);
  if (set !== null && cpStarts(set) !== null) {
    // Characters above U+FFFF are stripped whole.
    const cs = Array.from(s), keep = new Set(Array.from(set));
    let i = 0, j = cs.length;
    if (left) while (i < j && keep.has(cs[i])) i++;
    if (right) while (j > i && keep.has(cs[j - 1])) j--;
    return cs.slice(i, j).join('');
  }
  const inSet = (c: string) => (set === null ? ws(c) : set.includes(c));
  if (left) while (a < b && inSet(s[a])) a++;
  if (right) while (b > a && inSet(s[b - 1])) b--;
  return s.slice(a, b);
}
method(strType, 'strip', (self, args) => stripChars(s_(self, 'strip'), args[0], true, true));
method(strType, 'lstrip', (self, args) => stripChars(s_(self, 'lstrip'), args[0], true, false));
method(strType, 'rstrip', (self, args) => stripChars(s_(self, 'rstrip'), args[0], false, true));
method(strType, 'upper', (self) => s_(self, 'upper').toUpperCase());
method(strType, 'lower', (self) => s_(self, 'lower').toLowerCase());
method(strType, 'casefold', (self) => casefold(s_(self, 'casefold')));
const CASE_IGNORABLE = /[\p{Mn}\p{Me}\p{Cf}\p{Lm}\p{Sk}'.:^`\u00ad\u00b7\u2018\u2019\u2024\u2027]/u;
/** Lowercase of chars[i], with CPython's final-sigma rule for capital sigma. */
function lowerAt(chars: string[], i: number): string {
  const c = chars[i];
  if (c !== '\u03a3') return c.toLowerCase();
  let j = i - 1;
  while (j >= 0 && CASE_IGNORABLE.test(chars[j])) j--;
  const before = j >= 0 && isCased(chars[j]);
  j = i + 1;
  while (j < chars.length && CASE_IGNORABLE.test(chars[j])) j++;
  const after = j < chars.length && isCased(chars[j]);
  return before && !after ? '\u03c2' : '\u03c3';
}
method(strType, 'swapcase', (self) => {
  const chars = Array.from(s_(self, 'swapcase'));
  return chars.map((c, i) => (/\p{Uppercase}/u.test(c) ? lowerAt(chars, i) : /\p{Lowercase}/u.test(c) ? c.toUpperCase() : c)).join('');
});
method(strType, 'capitalize', (self) => {
  const s = s_(self, 'capitalize');
  if (!s) return s;
  const chars = Array.from(s);
  let out = titleChar(chars[0]);
  for (let i = 1; i < chars.length; i++) out += lowerAt(chars, i);
  return out;
});
method(strType, 'title', (self) => {
  let out = '', prevCased = false;
  const chars = Array.from(s_(self, 'title'));
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const cased = isCased(c);
    out += cased ? (prevCased ? lowerAt(chars, i) : titleChar(c)) : c;
    prevCased = cased;
  }
  return out;
});
method(strType, 'istitle', (self) => {
  const s = s_(self, 'istitle'); let prevCased = false, any = false;
  for (const c of s) {
    const upper = c !== c.toLowerCase(), lower = c !== c.toUpperCase();
    if (upper) { if (prevCased) return false; prevCased = true; any = true; }
    else if (lower) { if (!prevCased) return false; prevCased = true; any = true; }
    else prevCased = false;
  }
  return any;
});
/** self, the substring, and the unit offsets of start and end (given in code points). */
function findArgs(self: PyVal, args: PyVal[], name: string): [string, string, number, number] {
  nargs(name, args, 1, 3);
  const s = s_(self, name);
  const sub = argStr(args[0], 'must be str');
  if (args.length < 2) return [s, sub, 0, s.length];
  const st = cpStarts(s), n = st === null ? s.length : st.length - 1;
  // A start past the end finds nothing, not even '' (CPython clamps only the end).
  if (args[1] !== undefined && args[1] !== None && sliceIdx(args[1]) > n) return [s, sub, s.length + 1, s.length];
  return [s, sub, unitOf(st, optIndex(args[1], n, 0)), unitOf(st, optIndex(args[2], n, n))];
}
/** A unit offset found in s as a code point index. */
const cpResult = (s: string, i: number): number => (i <= 0 ? i : cpIndexOf(cpStarts(s), i));
function find(s: string, sub: string, a: number, b: number): number {
  if (b - a < sub.length) return -1;
  const i = s.indexOf(sub, a);
  return i >= 0 && i + sub.length <= b ? i : -1;
}
function rfind(s: string, sub: string, a: number, b: number): number {
  if (b - a < sub.length) return -1;
  const i = s.lastIndexOf(sub, b - sub.length);
  return i >= a ? i : -1;
}
method(strType, 'find', (self, args) => cpResult(s_(self, 'find'), find(...findArgs(self, args, 'find'))));
method(strType, 'rfind', (self, args) => cpResult(s_(self, 'rfind'), rfind(...findArgs(self, args, 'rfind'))));
method(strType, 'index', (self, args) => { const i = find(...findArgs(self, args, 'index')); if (i < 0) throw pyErr(ValueError, 'substring not found'); return cpResult(s_(self, 'index'), i); });
method(strType, 'rindex', (self, args) => { const i = rfind(...findArgs(self, args, 'rindex')); if (i < 0) throw pyErr(ValueError, 'substring not found'); return cpResult(s_(self, 'rindex'), i); });
method(strType, 'count', (self, args) => {
  const [s, sub, a, b] = findArgs(self, args, 'count');
  if (sub === '') { const st = cpStarts(s); return b >= a ? cpIndexOf(st, b) - cpIndexOf(st, a) + 1 : 0; }
  let n = 0;
  for (let i = s.indexOf(sub, a); i >= 0 && i + sub.length <= b; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
});
function affix(self: PyVal, args: PyVal[], name: string, test: (s: string, p: string) => boolean): boolean {
  if (args.length < 1) throw pyErr(TypeError, `${name}() takes at least 1 argument (0 given)`);
  if (args.length > 3) throw pyErr(TypeError, `${name}() takes at most 3 arguments (${args.length} given)`);
  const s = s_(self, name);
  let a = 0, b = s.length, beyond = false;
  if (args.length > 1) {
    const st = cpStarts(s), n = st === null ? s.length : st.length - 1;
    const ca = optIndex(args[1], n, 0), cb = optIndex(args[2], n, n);
    // As tailmatch: a start past the end, or an end before the start, matches nothing (not even '').
    beyond = (args[1] !== None && sliceIdx(args[1]) > n) || cb < ca;
    a = unitOf(st, ca); b = unitOf(st, Math.max(ca, cb));
  }
  const part = s.slice(a, b);
  const p = args[0];
  if (p instanceof PyTuple) return !beyond && p.items.some((x) => test(part, argStr(x, `tuple for ${name} must only contain str`)));
  if (typeof unbox(p) !== 'string') throw pyErr(TypeError, `${name} first arg must be str or a tuple of str, not ${typeName(p)}`);
  return !beyond && test(part, unbox(p));
}
method(strType, 'startswith', (self, args) => affix(self, args, 'startswith', (s, p) => s.startsWith(p)));
method(strType, 'endswith', (self, args) => affix(self, args, 'endswith', (s, p) => s.endsWith(p)));
method(strType, 'replace', (self, args) => {
  nargs('replace', args, 2, 3);
  const s = s_(self, 'replace'), a = argStr(args[0], 'replace() argument 1 must be str'), b = argStr(args[1], 'replace() argument 2 must be str');
  let count = args.length > 2 ? Number(indexOf(args[2])) : -1;
  if (count < 0) count = Infinity;
  return replaceStr(s, a, b, count);
});
function replaceStr(s: string, a: string, b: string, count: number): string {
  if (a === '') {
    const chars = Array.from(s);
    let out = '', n = 0;
    for (let i = 0; i <= chars.length; i++) { if (n < count) { out += b; n++; } if (i < chars.length) out += chars[i]; }
    return out;
  }
  let out = '', i = 0, n = 0;
  while (n < count) {
    const j = s.indexOf(a, i);
    if (j < 0) break;
    out += s.slice(i, j) + b; i = j + a.length; n++;
  }
  return out + s.slice(i);
}
function splitWs(s: string, max: number): string[] { return splitWsWith(s, max, ws); }
function rsplitWs(s: string, max: number): string[] { return rsplitWsWith(s, max, ws); }
function splitSep(s: string, sep: string, max: number): string[] {
  const parts = s.split(sep);
  if (max >= 0 && parts.length > max + 1) return [...parts.slice(0, max), parts.slice(max).join(sep)];
  return parts;
}
function rsplitSep(s: string, sep: string, max: number): string[] {
  const parts = s.split(sep);
  if (max >= 0 && parts.length > max + 1) return [parts.slice(0, parts.length - max).join(sep), ...parts.slice(parts.length - max)];
  return parts;
}
function splitWsWith(s: string, max: number, ws: (c: string) => boolean): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && ws(s[i])) i++;
    if (i >= n) break;
    if (max >= 0 && out.length === max) { out.push(s.slice(i)); return out; }
    let j = i;
    while (j < n && !ws(s[j])) j++;
    out.push(s.slice(i, j)); i = j;
  }
  return out;
}
function rsplitWsWith(s: string, max: number, ws: (c: string) => boolean): string[] {
  const out: string[] = [];
  let j = s.length;
  while (j > 0) {
    while (j > 0 && ws(s[j - 1])) j--;
    if (j <= 0) break;
    if (max >= 0 && out.length === max) { out.push(s.slice(0, j)); break; }
    let i = j;
    while (i > 0 && !ws(s[i - 1])) i--;
    out.push(s.slice(i, j)); j = i;
  }
  return out.reverse();
}
function splitArgs(args: PyVal[], kw: Map<string, PyVal> | null, name: string): [string | null, number] {
  const [sep, maxsplit] = params(name, args, kw, ['sep', 'maxsplit']);
  const sp = sep === undefined || sep === None ? null : argStr(sep, 'must be str or None');
  if (sp === '') throw pyErr(ValueError, 'empty separator');
  return [sp, maxsplit === undefined ? -1 : Number(indexOf(maxsplit))];
}
method(strType, 'split', (self, args, kw) => {
  const s = s_(self, 'split');
  const [sep, max] = splitArgs(args, kw, 'split');
  return new PyList(sep === null ? splitWs(s, max) : splitSep(s, sep, max));
});
method(strType, 'rsplit', (self, args, kw) => {
  const s = s_(self, 'rsplit');
  const [sep, max] = splitArgs(args, kw, 'rsplit');
  return new PyList(sep === null ? rsplitWs(s, max) : rsplitSep(s, sep, max));
});
/** splitlines' keepends: a C int (any __index__ object; None, str and float are refused). */
function keependsArg(v: PyVal | undefined): boolean {
  if (v === undefined) return false;
  const i = indexOf(v);
  if (i < -(2 ** 31) || i > 2 ** 31 - 1) throw pyErr(OverflowError, 'Python int too large to convert to C int');
  return i != 0;
}
method(strType, 'splitlines', (self, args, kw) => {
  const [keepArg] = params('splitlines', args, kw, ['keepends']);
  const s = s_(self, 'splitlines');
  const keep = keependsArg(keepArg);
  const out: string[] = [];
  const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let i = 0, m: RegExpExecArray | null;
  while ((m = re.exec(s))) { out.push(s.slice(i, keep ? m.index + m[0].length : m.index)); i = m.index + m[0].length; }
  if (i < s.length) out.push(s.slice(i));
  return new PyList(out);
});
method(strType, 'join', (self, args) => {
  nargs('join', args, 1);
  const sep = s_(self, 'join');
  let it: PyVal;
  try { it = iter(args[0]); } catch (e) { if (isinstance(e, TypeError)) throw pyErr(TypeError, 'can only join an iterable'); throw e; }
  const items = toArray(it);
  for (let i = 0; i < items.length; i++) {
    const u = unbox(items[i]);
    if (typeof u !== 'string') throw pyErr(TypeError, `sequence item ${i}: expected str instance, ${typeName(items[i])} found`);
    items[i] = u;
  }
  return items.join(sep);
});
function partition(s: string, sep: string, fromRight: boolean): PyVal {
  if (sep === '') throw pyErr(ValueError, 'empty separator');
  const i = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (i < 0) return fromRight ? tuple(['', '', s]) : tuple([s, '', '']);
  return tuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
}
method(strType, 'partition', (self, args) => partition(s_(self, 'partition'), argStr(args[0], 'must be str'), false));
method(strType, 'rpartition', (self, args) => partition(s_(self, 'rpartition'), argStr(args[0], 'must be str'), true));
/** An argument CPython converts to a C Py_ssize_t. */
function ssizeArg(v: PyVal): number {
  const i = indexOf(v);
  if (typeof i === 'bigint' && (i > 9223372036854775807n || i < -9223372036854775808n)) throw pyErr(OverflowError, 'Python int too large to convert to C ssize_t');
  return Number(i);
}
function padArgs(self: PyVal, args: PyVal[], name: string): [string, number, string] {
  nargs(name, args, 1, 2);
  const w = ssizeArg(args[0]);
  const fill = args.length > 1 ? argStr(args[1], 'The fill character must be a unicode character') : ' ';
  if (Array.from(fill).length !== 1) throw pyErr(TypeError, 'The fill character must be exactly one character long');
  return [s_(self, name), Number(w), fill];
}
method(strType, 'center', (self, args) => {
  const [s, w, f] = padArgs(self, args, 'center');
  const total = w - cpLength(s);
  if (total <= 0) return s;
  const left = Math.floor(total / 2) + (total & w & 1);
  return f.repeat(left) + s + f.repeat(total - left);
});
method(strType, 'ljust', (self, args) => { const [s, w, f] = padArgs(self, args, 'ljust'); const n = cpLength(s); return w > n ? s + f.repeat(w - n) : s; });
method(strType, 'rjust', (self, args) => { const [s, w, f] = padArgs(self, args, 'rjust'); const n = cpLength(s); return w > n ? f.repeat(w - n) + s : s; });
method(strType, 'zfill', (self, args) => {
  nargs('zfill', args, 1);
  const s = s_(self, 'zfill'); const w = ssizeArg(args[0]); const n = cpLength(s);
  if (w <= n) return s;
  const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
  return sign + '0'.repeat(w - n) + s.slice(sign.length);
});
method(strType, 'expandtabs', (self, args, kw) => {
  const [ts] = params('expandtabs', args, kw, ['tabsize']);
  const size = ts === undefined ? 8 : Number(indexOf(ts));
  let out = '', col = 0;
  for (const c of s_(self, 'expandtabs')) {
    if (c === '\t') { const n = size > 0 ? size - (col % size) : 0; out += ' '.repeat(n); col += n; }
    else if (c === '\n' || c === '\r') { out += c; col = 0; }
    else { out += c; col++; }
  }
  return out;
});
const pred = (name: string, f: (s: string) => boolean) => method(strType, name, (self) => { const s = s_(self, name); return s.length > 0 && f(s); });
method(strType, 'isdigit', (self) => everyCp(s_(self, 'isdigit'), isDigitCp));
method(strType, 'isdecimal', (self) => everyCp(s_(self, 'isdecimal'), isDecimalCp));
method(strType, 'isnumeric', (self) => everyCp(s_(self, 'isnumeric'), isNumericCp));
method(strType, 'isalpha', (self) => everyCp(s_(self, 'isalpha'), isAlphaCp));
method(strType, 'isalnum', (self) => everyCp(s_(self, 'isalnum'), isAlnumCp));
pred('isspace', (s) => Array.from(s).every(ws));
pred('isupper', (s) => s !== s.toLowerCase() && s === s.toUpperCase());
pred('islower', (s) => s !== s.toUpperCase() && s === s.toLowerCase());
pred('isidentifier', (s) => /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(s));
method(strType, 'isascii', (self) => /^[\x00-\x7f]*$/.test(s_(self, 'isascii')));
method(strType, 'isprintable', (self) => { const s = s_(self, 'isprintable'); return s === '' || everyCp(s, isPrintableCp); });
method(strType, 'removeprefix', (self, args) => { const s = s_(self, 'removeprefix'), p = argStr(args[0], 'removeprefix() argument must be str'); return p && s.startsWith(p) ? s.slice(p.length) : s; });
method(strType, 'removesuffix', (self, args) => { const s = s_(self, 'removesuffix'), p = argStr(args[0], 'removesuffix() argument must be str'); return p && s.endsWith(p) ? s.slice(0, -p.length) : s; });
method(strType, 'format', (self, args, kw) => strFormat(s_(self, 'format'), args, kw ?? new Map(), formatValueHook.fn));
method(strType, 'format_map', (self, args) => strFormat(s_(self, 'format_map'), [], (k) => getitem(args[0], k), formatValueHook.fn));
export const formatValueHook: { fn: (v: PyVal, spec: string) => string } = { fn: () => '' };
// str.maketrans is a static method: called on the class or an instance, its arguments are the tables.
staticFn(strType, 'maketrans', (args) => {
  nargs('maketrans', args, 1, 3);
  const d = new PyDict();
  if (args.length === 1) {
    if (!(args[0] instanceof PyDict)) throw pyErr(TypeError, 'if you give only one argument to maketrans it must be a dict');
    const src = args[0];
    for (const i of src.t.slots()) {
      const k = src.t.keys[i], u = unbox(k);
      if (typeof u === 'string') {
        if (Array.from(u).length !== 1) throw pyErr(ValueError, 'string keys in translate table must be of length 1');
        d.set(u.codePointAt(0), src.t.vals[i]);
      } else if (asInt(k) !== undefined) d.set(k, src.t.vals[i]);
      else throw pyErr(TypeError, 'keys in translate table must be strings or integers');
    }
    return d;
  }
  const a = Array.from(argStr(args[0], 'first maketrans argument must be a string if there is a second argument', false));
  const b = Array.from(argStr(args[1], 'maketrans() argument 2 must be str'));
  if (a.length !== b.length) throw pyErr(ValueError, 'the first two maketrans arguments must have equal length');
  for (let i = 0; i < a.length; i++) d.set(a[i].codePointAt(0), b[i].codePointAt(0));
  if (args[2] !== undefined) for (const c of argStr(args[2], 'maketrans() argument 3 must be str')) d.set(c.codePointAt(0), None);
  return d;
});
method(strType, 'translate', (self, args) => {
  let out = '';
  for (const c of s_(self, 'translate')) {
    let r: PyVal;
    try { r = getitem(args[0], c.codePointAt(0)); } catch (e) { if (isinstance(e, LookupError)) { out += c; continue; } throw e; }
    if (r === None) continue;
    const i = asInt(r);
    if (i !== undefined) {
      if (i < 0 || i > 0x10ffff) throw pyErr(ValueError, 'character mapping must be in range(0x110000)');
      out += String.fromCodePoint(Number(i));
    } else {
      const u = unbox(r);
      if (typeof u !== 'string') throw pyErr(TypeError, 'character mapping must return integer, None or str');
      out += u;
    }
  }
  return out;
});

// -------------------------------------------------------------- codecs
type Enc = 'utf-8' | 'utf-8-sig' | 'cp1252' | 'ascii' | 'latin-1' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be';
function normEnc(enc: string): Enc {
  const e = enc.toLowerCase().replace(/[_ ]/g, '-');
  switch (e) {
    case 'utf-8': case 'utf8': case 'u8': case 'utf': case 'cp65001': case 'utf8-ucs2': case 'utf8-ucs4': return 'utf-8';
    case 'ascii': case 'us-ascii': case '646': case 'us': case 'ansi-x3.4-1968': return 'ascii';
    case 'latin-1': case 'latin1': case 'latin': case 'l1': case 'iso-8859-1': case 'iso8859-1': case '8859': case 'cp819': case 'iso-ir-100': return 'latin-1';
    case 'utf-16': case 'utf16': case 'u16': return 'utf-16';
    case 'utf-16-le': case 'utf-16le': return 'utf-16-le';
    case 'utf-16-be': case 'utf-16be': return 'utf-16-be';
    case 'utf-32': case 'utf32': case 'u32': return 'utf-32';
    case 'utf-32-le': case 'utf-32le': return 'utf-32-le';
    case 'utf-32-be': case 'utf-32be': return 'utf-32-be';
    case 'utf-8-sig': case 'utf8-sig': return 'utf-8-sig';
    case 'cp1252': case 'windows-1252': case '1252': return 'cp1252';
  }
  throw pyErr(LookupError, `unknown encoding: ${enc}`);
}
// Windows-1252's bytes 0x80-0x9f (0 where the code page leaves a byte undefined); the rest is Latin-1.
const CP1252_HIGH = [0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e, 0x178];
const CP1252_BYTE = new Map(CP1252_HIGH.map((c, i) => [c, 0x80 + i] as [number, number]).filter(([c]) => c !== 0));
function escCp(c: number): string {
  if (c < 0x100) return '\\x' + c.toString(16).padStart(2, '0');
  if (c < 0x10000) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}
function unicodeErr(cls: typeof UnicodeEncodeError, _msg: string, enc: string, obj: PyVal, start: number, end: number, reason: string): never {
  // args are the parts, as CPython raises it; its __str__ makes the message from them
  const e = newExc(cls, enc, obj, start, end, reason);
  e.dict?.set('encoding', enc); e.dict?.set('object', obj); e.dict?.set('start', start); e.dict?.set('end', end); e.dict?.set('reason', reason);
  throw e;
}
function unknownHandler(errors: string): never { throw pyErr(LookupError, `unknown error handler name '${errors}'`); }

export function encodeStr(s: string, encoding: string, errors = 'strict'): Uint8Array {
  const enc0 = normEnc(encoding);
  const out: number[] = [];
  if (enc0 === 'utf-8-sig') out.push(0xef, 0xbb, 0xbf);
  const enc = enc0 === 'utf-8-sig' ? 'utf-8' : enc0;
  const put = (c: number): void => {
    switch (enc) {
      case 'cp1252': out.push(c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : CP1252_BYTE.get(c)!); return;
      case 'utf-8':
        if (c < 0x80) out.push(c);
        else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
        else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
        else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
        return;
      case 'ascii': case 'latin-1': out.push(c); return;
      case 'utf-16': case 'utf-16-le': case 'utf-16-be': {
        const units = c >= 0x10000 ? [0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff)] : [c];
        for (const u of units) { if (enc === 'utf-16-be') out.push(u >> 8, u & 255); else out.push(u & 255, u >> 8); }
        return;
      }
      default:
        if (enc === 'utf-32-be') out.push((c >>> 24) & 255, (c >> 16) & 255, (c >> 8) & 255, c & 255);
        else out.push(c & 255, (c >> 8) & 255, (c >> 16) & 255, (c >>> 24) & 255);
    }
  };
  if (enc === 'utf-16') out.push(0xff, 0xfe);
  if (enc === 'utf-32') out.push(0xff, 0xfe, 0, 0);
  const limit = enc === 'ascii' ? 0x80 : enc === 'latin-1' ? 0x100 : 0x110000;
  const bad = enc === 'cp1252' ? (c: number) => !(c < 0x80 || (c >= 0xa0 && c <= 0xff) || CP1252_BYTE.has(c))
    : (c: number) => c >= limit || (c >= 0xd800 && c < 0xe000);
  const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
  const reason = enc === 'cp1252' ? 'character maps to <undefined>' : limit === 0x80 ? 'ordinal not in range(128)' : limit === 0x100 ? 'ordinal not in range(256)' : 'surrogates not allowed';
  // a code page's errors name the codec that does the work
  const errEnc = enc === 'cp1252' ? 'charmap' : enc;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (!bad(c)) { put(c); continue; }
    let j = i + 1;
    while (j < cps.length && bad(cps[j])) j++;
    switch (errors) {
      case 'strict': {
        unicodeErr(UnicodeEncodeError, '', errEnc, s, i, j, reason);
      }
      // eslint-disable-next-line no-fallthrough
      case 'ignore': break;
      case 'replace': for (let k = i; k < j; k++) put(63); break;
      case 'backslashreplace': for (let k = i; k < j; k++) for (const ch of escCp(cps[k])) put(ch.charCodeAt(0)); break;
      case 'xmlcharrefreplace': for (let k = i; k < j; k++) for (const ch of `&#${cps[k]};`) put(ch.charCodeAt(0)); break;
      case 'surrogateescape':
        for (let k = i; k < j; k++) {
          if (cps[k] < 0xdc80 || cps[k] > 0xdcff) unicodeErr(UnicodeEncodeError, '', errEnc, s, k, k + 1, reason);
          out.push(cps[k] - 0xdc00);
        }
        break;
      case 'surrogatepass':
        for (let k = i; k < j; k++) {
          if (limit < 0x110000 || cps[k] < 0xd800 || cps[k] >= 0xe000) unicodeErr(UnicodeEncodeError, '', errEnc, s, k, k + 1, reason);
          put(cps[k]);
        }
        break;
      default: unknownHandler(errors);
    }
    i = j - 1;
  }
  return Uint8Array.from(out);
}

export function latin1(u: Uint8Array): string {
  let out = '';
  for (let i = 0; i < u.length; i += 8192) out += String.fromCharCode(...u.subarray(i, i + 8192));
  return out;
}
function fromLatin1(s: string): Uint8Array {
  const u = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
}

export function decodeBytes(u: Uint8Array, encoding: string, errors = 'strict', obj?: PyVal): string {
  const enc0 = normEnc(encoding);
  if (enc0 === 'utf-8-sig' && u[0] === 0xef && u[1] === 0xbb && u[2] === 0xbf) return decodeBytes(u.subarray(3), 'utf-8', errors);
  const enc = enc0 === 'utf-8-sig' ? 'utf-8' : enc0;
  if (enc === 'latin-1') return latin1(u);
  const parts: string[] = [];
  let cur = '';
  const emit = (c: number) => { cur += String.fromCodePoint(c); if (cur.length > 4096) { parts.push(cur); cur = ''; } };
  const fail = (start: number, end: number, reason: string) => {
    switch (errors) {
      case 'strict': {
        unicodeErr(UnicodeDecodeError, '', enc === 'cp1252' ? 'charmap' : enc, obj ?? new PyBytes(u), start, end, reason);
      }
      // eslint-disable-next-line no-fallthrough
      case 'ignore': return;
      case 'replace': emit(0xfffd); return;
      case 'backslashreplace': for (let k = start; k < end; k++) cur += escCp(u[k]); return;
      case 'surrogateescape':
        for (let k = start; k < end; k++) {
          if (u[k] < 128) { errors = 'strict'; fail(k, k + 1, reason); }
          emit(0xdc00 + u[k]);
        }
        return;
      default: unknownHandler(errors);
    }
  };
  const n = u.length;
  if (enc === 'cp1252') {
    for (let i = 0; i < n; i++) {
      const b = u[i];
      const c = b < 0x80 || b >= 0xa0 ? b : CP1252_HIGH[b - 0x80];
      if (c) emit(c); else if (b === 0) emit(0); else fail(i, i + 1, 'character maps to <undefined>');
    }
  } else if (enc === 'ascii') {
    for (let i = 0; i < n; i++) { if (u[i] < 128) cur += String.fromCharCode(u[i]); else fail(i, i + 1, 'ordinal not in range(128)'); if (cur.length > 4096) { parts.push(cur); cur = ''; } }
  } else if (enc === 'utf-8') {
    let i = 0;
    while (i < n) {
      const b = u[i];
      if (b < 0x80) { let j = i; while (j < n && u[j] < 0x80 && j - i < 4096) j++; cur += String.fromCharCode(...u.subarray(i, j)); i = j; if (cur.length > 4096) { parts.push(cur); cur = ''; } continue; }
      let need: number, lo = 0x80, hi = 0xbf;
      if (b >= 0xc2 && b <= 0xdf) need = 1;
      else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
      else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
      else { fail(i, i + 1, 'invalid start byte'); i++; continue; }
      let k = 1, ok = true;
      for (; k <= need; k++) {
        if (i + k >= n) break;
        const c = u[i + k];
        if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) { ok = false; break; }
      }
      if (!ok) { fail(i, i + k, 'invalid continuation byte'); i += k; continue; }
      if (k <= need) { fail(i, n, 'unexpected end of data'); i = n; continue; }
      let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
      for (let m = 1; m <= need; m++) cp = (cp << 6) | (u[i + m] & 0x3f);
      emit(cp); i += need + 1;
    }
  } else if (enc.startsWith('utf-16')) {
    let i = 0, be = enc === 'utf-16-be';
    if (enc === 'utf-16' && n >= 2) {
      if (u[0] === 0xff && u[1] === 0xfe) i = 2;
      else if (u[0] === 0xfe && u[1] === 0xff) { i = 2; be = true; }
    }
    const unit = (p: number) => (be ? (u[p] << 8) | u[p + 1] : u[p] | (u[p + 1] << 8));
    while (i < n) {
      if (i + 1 >= n) { fail(i, n, 'truncated data'); break; }
      const a = unit(i);
      if (a < 0xd800 || a >= 0xe000) { emit(a); i += 2; continue; }
      if (a >= 0xdc00) { fail(i, i + 2, 'illegal encoding'); i += 2; continue; }
      if (i + 3 >= n) { fail(i, n, 'unexpected end of data'); break; }
      const b2 = unit(i + 2);
      if (b2 < 0xdc00 || b2 >= 0xe000) { fail(i, i + 2, 'illegal UTF-16 surrogate'); i += 2; continue; }
      emit(0x10000 + ((a - 0xd800) << 10) + (b2 - 0xdc00)); i += 4;
    }
  } else {
    let i = 0, be = enc === 'utf-32-be';
    if (enc === 'utf-32' && n >= 4) {
      if (u[0] === 0xff && u[1] === 0xfe && u[2] === 0 && u[3] === 0) i = 4;
      else if (u[0] === 0 && u[1] === 0 && u[2] === 0xfe && u[3] === 0xff) { i = 4; be = true; }
    }
    while (i < n) {
      if (i + 3 >= n) { fail(i, n, 'truncated data'); break; }
      const c = be ? ((u[i] << 24) | (u[i + 1] << 16) | (u[i + 2] << 8) | u[i + 3]) >>> 0 : (u[i] | (u[i + 1] << 8) | (u[i + 2] << 16) | (u[i + 3] << 24)) >>> 0;
      if (c > 0x10ffff) fail(i, i + 4, 'code point not in range(0x110000)');
      else if (c >= 0xd800 && c < 0xe000) fail(i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)');
      else emit(c);
      i += 4;
    }
  }
  parts.push(cur);
  return parts.join('');
}
function strArg(v: PyVal, fname: string, pname: string, dflt: string): string {
  if (v === undefined) return dflt;
  const u = unbox(v);
  if (typeof u !== 'string') throw pyErr(TypeError, `${fname}() argument '${pname}' must be str, not ${badArgName(v)}`);
  return u;
}
method(strType, 'encode', (self, args, kw) => {
  const [enc, errors] = params('encode', args, kw, ['encoding', 'errors']);
  return new PyBytes(encodeStr(s_(self, 'encode'), strArg(enc, 'encode', 'encoding', 'utf-8'), strArg(errors, 'encode', 'errors', 'strict')));
});

// -------------------------------------------------------------- bytes and bytearray
/** Bytes from the arguments of bytes(...) / bytearray(...). */
export function bytesFromArgs(fname: string, args: PyVal[], kw: Kw): Uint8Array {
  const [src, enc, errors] = params(fname, args, kw, ['source', 'encoding', 'errors']);
  if (src === undefined) {
    if (enc !== undefined || errors !== undefined) throw pyErr(TypeError, enc !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    return new Uint8Array();
  }
  const s = unbox(src);
  if (typeof s === 'string') {
    if (enc === undefined) throw pyErr(TypeError, 'string argument without an encoding');
    return encodeStr(s, strArg(enc, fname, 'encoding', 'utf-8'), strArg(errors, fname, 'errors', 'strict'));
  }
  if (enc !== undefined || errors !== undefined) throw pyErr(TypeError, enc !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
  if (fname === 'bytes' && !(src instanceof PyBytes)) {
    const r = callSpecial(src, '__bytes__', []);
    if (r !== undefined) {
      if (!(r instanceof PyBytes)) throw pyErr(TypeError, `__bytes__ returned non-bytes (type ${typeName(r)})`);
      return r.bytes.slice();
    }
  }
  if (src instanceof PyBytes) return src.bytes.slice();
  let n = asInt(src);
  if (n === undefined && typeof src === 'object' && !(src instanceof PyFloat) && src !== None && typeOf(src).lookup('__index__') !== undefined) n = indexOf(src);
  if (n !== undefined) {
    if (n < 0) throw pyErr(ValueError, 'negative count');
    if (Number(n) > 2 ** 31) throw pyErr(MemoryError);
    return new Uint8Array(Number(n));
  }
  if (typeof src !== 'object' || src instanceof PyFloat || src === None || (typeOf(src).lookup('__iter__') === undefined && typeOf(src).lookup('__getitem__') === undefined)) {
    throw pyErr(TypeError, `cannot convert '${typeName(src)}' object to ${fname}`);
  }
  return Uint8Array.from(toArray(src).map(byteVal));
}
function byteVal(x: PyVal): number {
  const b = asInt(x) ?? (typeof x === 'object' && !(x instanceof PyFloat) && x !== None && typeOf(x).lookup('__index__') !== undefined ? indexOf(x) : undefined);
  if (b === undefined) throw pyErr(TypeError, `'${typeName(x)}' object cannot be interpreted as an integer`);
  if (b < 0 || b > 255) throw pyErr(ValueError, 'bytes must be in range(0, 256)');
  return Number(b);
}
export function byteValue(x: PyVal): number {
  const b = asInt(x) ?? (typeof x === 'object' && !(x instanceof PyFloat) && x !== None && typeOf(x).lookup('__index__') !== undefined ? indexOf(x) : undefined);
  if (b === undefined) throw pyErr(TypeError, `'${typeName(x)}' object cannot be interpreted as an integer`);
  if (b < 0 || b > 255) throw pyErr(ValueError, 'byte must be in range(0, 256)');
  return Number(b);
}
bytesType.native = (cls, args, kw) => {
  const u = bytesFromArgs('bytes', args, kw);
  return cls === bytesType ? new PyBytes(u) : new PyBytes(u, cls);
};

/** repr of bytes; bytearray's repr (`alwaysEscapeSq`) escapes ' even inside double quotes, as CPython does. */
export function bytesRepr(b: Uint8Array, alwaysEscapeSq = false): string {
  let hasSq = false, hasDq = false;
  for (const c of b) { if (c === 39) hasSq = true; if (c === 34) hasDq = true; }
  const qch = hasSq && !hasDq ? '"' : "'";
  let out = 'b' + qch;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === qch || ch === '\\' || (alwaysEscapeSq && c === 39)) out += '\\' + ch;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + qch;
}
/** A bytes-like argument's bytes, or null. */
export function bytesLike(v: PyVal): Uint8Array | null { return v instanceof PyBytes ? v.bytes : null; }
function needBytes(v: PyVal, msg?: string): Uint8Array {
  if (v instanceof PyBytes) return v.bytes;
  throw pyErr(TypeError, msg ?? `a bytes-like object is required, not '${typeName(v)}'`);
}
const isAsciiWs = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isUp = (c: number) => c >= 65 && c <= 90;
const isLo = (c: number) => c >= 97 && c <= 122;
const isDig = (c: number) => c >= 48 && c <= 57;
const bUpper = (c: number) => (isLo(c) ? c - 32 : c);
const bLower = (c: number) => (isUp(c) ? c + 32 : c);
function mapBytes(u: Uint8Array, f: (c: number) => number): Uint8Array { const o = new Uint8Array(u.length); for (let i = 0; i < u.length; i++) o[i] = f(u[i]); return o; }
function concat(...us: Uint8Array[]): Uint8Array {
  let n = 0; for (const u of us) n += u.length;
  const o = new Uint8Array(n); let p = 0;
  for (const u of us) { o.set(u, p); p += u.length; }
  return o;
}
function repeatBytes(u: Uint8Array, n: PyVal): Uint8Array | undefined {
  if (typeof n === 'object' && !(n instanceof PyObject && (n as PyBoxed).prim !== undefined)) {
    if (n instanceof PyFloat || n === None || typeOf(n).lookup('__index__') === undefined) return undefined;
  }
  if (typeof n === 'string') return undefined;
  const k = repeatCount(indexOf(n), u.length, 2 ** 30);
  if (k === 0) return new Uint8Array();
  const o = new Uint8Array(u.length * k);
  for (let i = 0; i < k; i++) o.set(u, i * u.length);
  return o;
}
export { repeatBytes, concat, fromLatin1 };

/** Subsequence argument of find/count/index: bytes-like or an int in range(256). */
function subArg(v: PyVal): string {
  const u = bytesLike(v);
  if (u) return latin1(u);
  if (!hasIndex(v)) throw pyErr(TypeError, `argument should be integer or bytes-like object, not '${typeName(v)}'`);
  return String.fromCharCode(byteValue(v));
}
const hasIndex = (v: PyVal): boolean => asInt(v) !== undefined || typeOf(v).lookup('__index__') !== undefined;
/** `x in b`: an index is a byte value, anything else must be bytes-like (_Py_bytes_contains). */
function containsArg(v: PyVal): string {
  if (hasIndex(v)) return String.fromCharCode(byteValue(v));
  const u = bytesLike(v);
  if (!u) throw pyErr(TypeError, `a bytes-like object is required, not '${typeName(v)}'`);
  return latin1(u);
}

function hexOf(u: Uint8Array, sepArg: PyVal, perArg: PyVal): string {
  const h = Array.from(u, (c) => c.toString(16).padStart(2, '0'));
  // bytes_per_sep is converted (a C int) before sep is looked at; sep's length is checked first.
  let per = 1;
  if (perArg !== undefined) {
    const p = indexOf(perArg);
    if (p < -(2 ** 31) || p > 2 ** 31 - 1) throw pyErr(OverflowError, 'Python int too large to convert to C int');
    per = Number(p);
  }
  if (sepArg === undefined || sepArg === None) return h.join('');
  let sep: string;
  const su = unbox(sepArg);
  const isBytes = sepArg instanceof PyBytes && isinstance(sepArg, bytesType);
  if (typeof su !== 'string' && !isBytes && lenOf(sepArg) !== 1) throw pyErr(ValueError, 'sep must be length 1.');
  if (typeof su === 'string') sep = su;
  else if (isBytes) sep = latin1((sepArg as PyBytes).bytes);
  else throw pyErr(TypeError, `sep must be str or bytes.`);
  if (cpLength(sep) !== 1) throw pyErr(ValueError, 'sep must be length 1.');
  if (sep.charCodeAt(0) > 127) throw pyErr(ValueError, 'sep must be ASCII.');
  if (per === 0 || h.length === 0) return h.join('');
  const k = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) {
    let end = h.length;
    while (end > 0) { const start = Math.max(0, end - k); groups.unshift(h.slice(start, end).join('')); end = start; }
  } else {
    for (let i = 0; i < h.length; i += k) groups.push(h.slice(i, i + k).join(''));
  }
  return groups.join(sep);
}
function fromHex(s: PyVal, tname: string): Uint8Array {
  const str0 = unbox(s);
  if (typeof str0 !== 'string') throw pyErr(TypeError, `fromhex() argument must be str, not ${typeName(s)}`);
  const out: number[] = [];
  const hv = (c: string) => { const v = parseInt(c, 16); return /^[0-9a-fA-F]$/.test(c) ? v : -1; };
  let i = 0;
  while (i < str0.length) {
    if (isAsciiWs(str0.charCodeAt(i))) { i++; continue; }
    const a = hv(str0[i]);
    if (a < 0) throw pyErr(ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const b = i + 1 < str0.length ? hv(str0[i + 1]) : -1;
    if (b < 0) throw pyErr(ValueError, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(a * 16 + b); i += 2;
  }
  void tname;
  return Uint8Array.from(out);
}

function bSplitWs(s: string, max: number, right: boolean): string[] {
  const ws = (ch: string) => isAsciiWs(ch.charCodeAt(0));
  return right ? rsplitWsWith(s, max, ws) : splitWsWith(s, max, ws);
}
function bytesPercent(fmt: Uint8Array, arg: PyVal): Uint8Array {
  class StrArg { constructor(readonly s: string) {} }
  const wrap = (v: PyVal): unknown => (typeof v === 'string' ? new StrArg(v) : v);
  const a = unbox(arg);
  const isTuple = a instanceof PyTuple;
  const isMapping = !isTuple && typeof a === 'object' && a !== None && !(a instanceof PyFloat) && !(a instanceof PyBytes) &&
    (a instanceof PyDict || (getattrSafe(a, '__getitem__') && !(a instanceof PyList)));
  const f = latin1(fmt).replace(/%%|%(\([^)]*\))?[-+ #0]*(?:\*|\d+)?(?:\.(?:\*|\d*))?[hlL]?b/g, (m) => (m === '%%' ? m : m.slice(0, -1) + 's'));
  const bstr = (v: unknown): string => {
    if (v instanceof PyBytes) return latin1(v.bytes);
    if (v instanceof StrArg) throw pyErr(TypeError, "%b requires a bytes-like object, or an object that implements __bytes__, not 'str'");
    const r = callSpecial(v as PyVal, '__bytes__', []);
    if (r instanceof PyBytes) return latin1(r.bytes);
    throw pyErr(TypeError, `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v as PyVal)}'`);
  };
  const asciiOf = (v: unknown) => asciiRepr(repr(v instanceof StrArg ? v.s : (v as PyVal)));
  const out = fmtCatch(() => percentFormat(
    f,
    isTuple ? (a as PyTuple).items.map(wrap) : [wrap(arg)],
    isMapping ? (key: string) => wrap(getitem(a, new PyBytes(fromLatin1(key)))) : null,
    {
      str: bstr, repr: asciiOf, ascii: asciiOf,
      toInt: (v) => {
        if (v instanceof StrArg) return null;
        if (v instanceof PyBytes) return v.bytes.length === 1 ? v.bytes[0] : null;
        const u = unbox(v as PyVal); if (u instanceof PyFloat) return null;
        return asInt(u) ?? (callSpecial(v as PyVal, '__index__', []) ?? callSpecial(v as PyVal, '__int__', []) ?? null);
      },
      toFloat: (v) => { if (v instanceof StrArg) return null; const u = unbox(v as PyVal); if (u instanceof PyFloat) return u.v; const i = asInt(u); if (i !== undefined) return I.toFloat(i); const fl = callSpecial(v as PyVal, '__float__', []); return fl instanceof PyFloat ? fl.v : null; },
      typeName: (v) => (v instanceof StrArg ? 'str' : typeName(v as PyVal)),
    },
  ));
  for (let i = 0; i < out.length; i++) if (out.charCodeAt(i) > 255) throw pyErr(OverflowError, '%c arg not in range(256)');
  return fromLatin1(out);
}

/** Registers the methods bytes and bytearray share on `t`; `mk` builds a result of t's kind. */
export function installBytesMethods(t: PyType, mk: (u: Uint8Array) => PyVal): void {
  const tn = t.name;
  const b_ = (self: PyVal, name: string): Uint8Array => {
    if (!(self instanceof PyBytes) || !typeOf(self).isSubtypeOf(t)) throw descriptorError(name, tn, self);
    return self.bytes;
  };
  const S = (self: PyVal, name: string) => latin1(b_(self, name));
  const M = (s: string) => mk(fromLatin1(s));
  const def = (name: string, fn: NativeMethod) => method(t, name, fn);
  def('__len__', (self) => b_(self, '__len__').length);
  def('__getitem__', (self, args) => {
    const b = b_(self, '__getitem__');
    const k = args[0];
    if (k instanceof PySlice) {
      const [start, stop, step] = sliceIndices(k, b.length);
      if (step === 1) return mk(stop > start ? b.slice(start, stop) : new Uint8Array());
      const n = sliceLength(start, stop, step);
      const out = new Uint8Array(n);
      for (let i = 0, j = start; i < n; i++, j += step) out[i] = b[j];
      return mk(out);
    }
    let i: number;
    if (asInt(k) !== undefined) i = Number(asInt(k));
    else if (typeof k === 'object' && !(k instanceof PyFloat) && k !== None && typeOf(k).lookup('__index__') !== undefined) i = Number(indexOf(k));
    else throw pyErr(TypeError, `${tn === 'bytes' ? 'byte' : tn} indices must be integers or slices, not ${typeName(k)}`);
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) throw pyErr(IndexError, `${tn === 'bytes' ? '' : tn + ' '}index out of range`);
    return b[i];
  });
  def('__iter__', (self) => {
    const b = b_(self, '__iter__'); let i = 0;
    const it = new PyIter(() => (i < b.length ? b[i++] : STOP), isinstance(self, bytesType) ? iterTypes.bytes_iterator : iterTypes.bytearray_iterator);
    it.hint = () => Math.max(0, b.length - i);
    return it;
  });
  def('__contains__', (self, args) => S(self, '__contains__').includes(containsArg(args[0])));
  def('__add__', (self, args) => {
    const o = bytesLike(args[0]);
    if (o) return mk(concat(b_(self, '__add__'), o));
    if (typeOf(args[0]).lookup('__radd__') === undefined) throw pyErr(TypeError, `can't concat ${typeName(args[0])} to ${tn}`);
    return notImplemented;
  });
  def('__mul__', (self, args) => { const r = repeatBytes(b_(self, '__mul__'), args[0]); return r ? mk(r) : notImplemented; });
  def('__rmul__', (self, args) => { const r = repeatBytes(b_(self, '__rmul__'), args[0]); return r ? mk(r) : notImplemented; });
  def('__mod__', (self, args) => mk(bytesPercent(b_(self, '__mod__'), args[0])));
  def('__rmod__', () => notImplemented);
  for (const [name, op] of [['__lt__', '<'], ['__le__', '<='], ['__gt__', '>'], ['__ge__', '>='], ['__eq__', '=='], ['__ne__', '!=']] as const) {
    def(name, (self, args) => (args[0] instanceof PyBytes ? nativeCompare.fn(b_(self, name), args[0], op) : notImplemented));
  }
  def('decode', (self, args, kw) => {
    const [enc, errors] = params('decode', args, kw, ['encoding', 'errors']);
    return decodeBytes(b_(self, 'decode'), strArg(enc, 'decode', 'encoding', 'utf-8'), strArg(errors, 'decode', 'errors', 'strict'), self);
  });
  def('hex', (self, args, kw) => { const [sep, per] = params('hex', args, kw, ['sep', 'bytes_per_sep']); return hexOf(b_(self, 'hex'), sep, per); });
  t.dict.set('fromhex', new PyClassMethod(new PyBuiltin('fromhex', (args) => {
    if (args.length !== 2) throw pyErr(TypeError, `${t.name}.fromhex() takes exactly one argument (${args.length - 1} given)`);
    const u = fromHex(args[1], tn);
    return args[0] === t ? mk(u) : call(args[0], [mk(u)]);
  })));
  t.dict.set('maketrans', new PyStaticMethod(new PyBuiltin('maketrans', (args) => {
    nargs('maketrans', args, 2);
    const a = needBytes(args[0]), b = needBytes(args[1]);
    if (a.length !== b.length) throw pyErr(ValueError, 'maketrans arguments must have same length');
    const o = new Uint8Array(256);
    for (let i = 0; i < 256; i++) o[i] = i;
    for (let i = 0; i < a.length; i++) o[a[i]] = b[i];
    return new PyBytes(o);
  })));
  def('translate', (self, args, kw) => {
    if (args.length === 0) throw pyErr(TypeError, 'translate() takes at least 1 positional argument (0 given)');
    const [table, del] = params('translate', args, kw, ['table', 'delete']);
    const u = b_(self, 'translate');
    let tb: Uint8Array | null = null;
    if (table !== None && table !== undefined) {
      tb = needBytes(table);
      if (tb.length !== 256) throw pyErr(ValueError, 'translation table must be 256 characters long');
    }
    const d = del === undefined ? null : needBytes(del);
    const out: number[] = [];
    for (const c of u) { if (d && d.includes(c)) continue; out.push(tb ? tb[c] : c); }
    return mk(Uint8Array.from(out));
  });
  const findArgsB = (self: PyVal, args: PyVal[], name: string): [string, string, number, number] => {
    nargs(name, args, 1, 3);
    const s = S(self, name);
    if (args[1] !== undefined && args[1] !== None && sliceIdx(args[1]) > s.length) return [s, subArg(args[0]), s.length + 1, s.length];
    return [s, subArg(args[0]), optIndex(args[1], s.length, 0), optIndex(args[2], s.length, s.length)];
  };
  def('find', (self, args) => find(...findArgsB(self, args, 'find')));
  def('rfind', (self, args) => rfind(...findArgsB(self, args, 'rfind')));
  def('index', (self, args) => { const i = find(...findArgsB(self, args, 'index')); if (i < 0) throw pyErr(ValueError, 'subsection not found'); return i; });
  def('rindex', (self, args) => { const i = rfind(...findArgsB(self, args, 'rindex')); if (i < 0) throw pyErr(ValueError, 'subsection not found'); return i; });
  def('count', (self, args) => {
    const [s, sub, a, b] = findArgsB(self, args, 'count');
    if (sub === '') return b >= a ? b - a + 1 : 0;
    let n = 0;
    for (let i = s.indexOf(sub, a); i >= 0 && i + sub.length <= b; i = s.indexOf(sub, i + sub.length)) n++;
    return n;
  });
  const affixB = (name: string, test: (s: string, p: string) => boolean) => def(name, (self, args) => {
    nargs(name, args, 1, 3);
    const s = S(self, name);
    const a = optIndex(args[1], s.length, 0), b = optIndex(args[2], s.length, s.length);
    const part = s.slice(a, b);
    const p = args[0];
    const none = (args.length > 1 && args[1] !== None && sliceIdx(args[1]) > s.length) || b < a;
    if (p instanceof PyTuple) return p.items.some((x) => { const u = latin1(needBytes(x)); return !none && test(part, u); });
    const pb = bytesLike(p);
    if (!pb) throw pyErr(TypeError, `${name} first arg must be bytes or a tuple of bytes, not ${typeName(p)}`);
    return !none && test(part, latin1(pb));
  });
  affixB('startswith', (s, p) => s.startsWith(p));
  affixB('endswith', (s, p) => s.endsWith(p));
  def('replace', (self, args) => {
    nargs('replace', args, 2, 3);
    const s = S(self, 'replace'), a = latin1(needBytes(args[0])), b = latin1(needBytes(args[1]));
    let count = args.length > 2 ? Number(indexOf(args[2])) : -1;
    if (count < 0) count = Infinity;
    return M(replaceStr(s, a, b, count));
  });
  const splitArgsB = (args: PyVal[], kw: Kw, name: string): [string | null, number] => {
    const [sep, maxsplit] = params(name, args, kw, ['sep', 'maxsplit']);
    const sp = sep === undefined || sep === None ? null : latin1(needBytes(sep));
    if (sp === '') throw pyErr(ValueError, 'empty separator');
    return [sp, maxsplit === undefined ? -1 : Number(indexOf(maxsplit))];
  };
  def('split', (self, args, kw) => {
    const s = S(self, 'split');
    const [sep, max] = splitArgsB(args, kw, 'split');
    const parts = sep === null ? bSplitWs(s, max, false) : splitSep(s, sep, max);
    return new PyList(parts.map(M));
  });
  def('rsplit', (self, args, kw) => {
    const s = S(self, 'rsplit');
    const [sep, max] = splitArgsB(args, kw, 'rsplit');
    const parts = sep === null ? bSplitWs(s, max, true) : rsplitSep(s, sep, max);
    return new PyList(parts.map(M));
  });
  def('splitlines', (self, args, kw) => {
    const [keep] = params('splitlines', args, kw, ['keepends']);
    const s = S(self, 'splitlines');
    const out: PyVal[] = [];
    const re = /\r\n|[\n\r]/g;
    let i = 0, m: RegExpExecArray | null;
    const k = keependsArg(keep);
    while ((m = re.exec(s))) { out.push(M(s.slice(i, k ? m.index + m[0].length : m.index))); i = m.index + m[0].length; }
    if (i < s.length) out.push(M(s.slice(i)));
    return new PyList(out);
  });
  def('join', (self, args) => {
    nargs('join', args, 1);
    const sep = b_(self, 'join');
    let it: PyVal;
    try { it = iter(args[0]); } catch (e) { if (isinstance(e, TypeError)) throw pyErr(TypeError, 'can only join an iterable'); throw e; }
    const items = toArray(it);
    const parts: Uint8Array[] = [];
    for (let i = 0; i < items.length; i++) {
      const u = bytesLike(items[i]);
      if (!u) throw pyErr(TypeError, `sequence item ${i}: expected a bytes-like object, ${typeName(items[i])} found`);
      if (i) parts.push(sep);
      parts.push(u);
    }
    return mk(concat(...parts));
  });
  const partB = (name: string, right: boolean) => def(name, (self, args) => {
    nargs(name, args, 1);
    const s = S(self, name), sep = latin1(needBytes(args[0]));
    if (sep === '') throw pyErr(ValueError, 'empty separator');
    const i = right ? s.lastIndexOf(sep) : s.indexOf(sep);
    if (i < 0) return right ? tuple([M(''), M(''), M(s)]) : tuple([M(s), M(''), M('')]);
    return tuple([M(s.slice(0, i)), M(sep), M(s.slice(i + sep.length))]);
  });
  partB('partition', false);
  partB('rpartition', true);
  const stripB = (name: string, left: boolean, right: boolean) => def(name, (self, args) => {
    nargs(name, args, 0, 1);
    const s = S(self, name);
    const set = args[0] === undefined || args[0] === None ? null : latin1(needBytes(args[0]));
    const inSet = (c: string) => (set === null ? isAsciiWs(c.charCodeAt(0)) : set.includes(c));
    let a = 0, b = s.length;
    if (left) while (a < b && inSet(s[a])) a++;
    if (right) while (b > a && inSet(s[b - 1])) b--;
    return M(s.slice(a, b));
  });
  stripB('strip', true, true);
  stripB('lstrip', true, false);
  stripB('rstrip', false, true);
  def('removeprefix', (self, args) => { nargs('removeprefix', args, 1); const s = S(self, 'removeprefix'), p = latin1(needBytes(args[0])); return M(p && s.startsWith(p) ? s.slice(p.length) : s); });
  def('removesuffix', (self, args) => { nargs('removesuffix', args, 1); const s = S(self, 'removesuffix'), p = latin1(needBytes(args[0])); return M(p && s.endsWith(p) ? s.slice(0, -p.length) : s); });
  def('upper', (self) => mk(mapBytes(b_(self, 'upper'), bUpper)));
  def('lower', (self) => mk(mapBytes(b_(self, 'lower'), bLower)));
  def('swapcase', (self) => mk(mapBytes(b_(self, 'swapcase'), (c) => (isUp(c) ? c + 32 : isLo(c) ? c - 32 : c))));
  def('capitalize', (self) => mk(mapBytes(b_(self, 'capitalize'), (c) => c).map((c, i) => (i === 0 ? bUpper(c) : bLower(c)))));
  def('title', (self) => {
    let prev = false;
    return mk(mapBytes(b_(self, 'title'), (c) => { const cased = isUp(c) || isLo(c); const r = cased ? (prev ? bLower(c) : bUpper(c)) : c; prev = cased; return r; }));
  });
  def('istitle', (self) => {
    let prev = false, any = false;
    for (const c of b_(self, 'istitle')) {
      if (isUp(c)) { if (prev) return false; prev = true; any = true; }
      else if (isLo(c)) { if (!prev) return false; prev = true; any = true; }
      else prev = false;
    }
    return any;
  });
  const predB = (name: string, f: (c: number) => boolean) => def(name, (self) => { const u = b_(self, name); return u.length > 0 && u.every(f); });
  predB('isdigit', isDig);
  predB('isalpha', (c) => isUp(c) || isLo(c));
  predB('isalnum', (c) => isUp(c) || isLo(c) || isDig(c));
  predB('isspace', isAsciiWs);
  def('isascii', (self) => b_(self, 'isascii').every((c) => c < 128));
  def('isupper', (self) => { const u = b_(self, 'isupper'); return u.some(isUp) && !u.some(isLo); });
  def('islower', (self) => { const u = b_(self, 'islower'); return u.some(isLo) && !u.some(isUp); });
  const padB = (name: string, f: (s: string, w: number, fill: string) => string) => def(name, (self, args) => {
    nargs(name, args, 1, 2);
    let fill = ' ';
    if (args.length > 1) {
      const fb = bytesLike(args[1]);
      if (!fb || fb.length !== 1) throw pyErr(TypeError, `${name}() argument 2 must be a byte string of length 1, not ${typeName(args[1])}`);
      fill = String.fromCharCode(fb[0]);
    }
    const s = S(self, name);
    return M(f(s, Number(indexOf(args[0])), fill));
  });
  padB('center', (s, w, f) => {
    const total = w - s.length;
    if (total <= 0) return s;
    const left = Math.floor(total / 2) + (total & w & 1);
    return f.repeat(left) + s + f.repeat(total - left);
  });
  padB('ljust', (s, w, f) => (w > s.length ? s + f.repeat(w - s.length) : s));
  padB('rjust', (s, w, f) => (w > s.length ? f.repeat(w - s.length) + s : s));
  def('zfill', (self, args) => {
    nargs('zfill', args, 1);
    const s = S(self, 'zfill'); const w = Number(indexOf(args[0]));
    if (w <= s.length) return M(s);
    const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
    return M(sign + '0'.repeat(w - s.length) + s.slice(sign.length));
  });
  def('expandtabs', (self, args, kw) => {
    const [ts] = params('expandtabs', args, kw, ['tabsize']);
    const size = ts === undefined ? 8 : Number(indexOf(ts));
    let out = '', col = 0;
    for (const c of S(self, 'expandtabs')) {
      if (c === '\t') { const n = size > 0 ? size - (col % size) : 0; out += ' '.repeat(n); col += n; }
      else if (c === '\n' || c === '\r') { out += c; col = 0; }
      else { out += c; col++; }
    }
    return M(out);
  });
}
installBytesMethods(bytesType, (u) => new PyBytes(u));
method(bytesType, '__repr__', (self) => bytesRepr((self as PyBytes).bytes));
method(bytesType, '__hash__', (self) => {
  const b = (self as PyBytes).bytes;
  if (b.length === 0) return 0;
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < b.length; i++) { h ^= b[i]; h = Math.imul(h, 0x01000193); }
  return h === -1 ? -2 : h;
});
method(bytesType, '__getnewargs__', (self) => tuple([new PyBytes((self as PyBytes).bytes)]));
let iterOf: (items: PyVal[]) => PyVal = () => None;
export function setIterOf(f: (items: PyVal[]) => PyVal): void { iterOf = f; }
/** A Python iterator over a JS generator function returning undefined when done. */
function iterFn(nextFn: () => PyVal | undefined): PyVal {
  const it = new PyIter(() => { const v = nextFn(); return v === undefined ? STOP : v; });
  return it;
}
void iterOf;
percentHook.fn = (a, b) => (typeof a === 'string' ? strPercent(a, b) : a instanceof PyBytes ? callSpecial(a, '__mod__', [b]) ?? notImplemented : notImplemented);
export { toInt, toFloat, eq };

const NOARGS = ['capitalize', 'isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'lower',
  'swapcase', 'title', 'upper'];
/** Argument counts of the methods str and the bytes types share the shape of. */
export const sharedArity: Record<string, Arity> = {
  ...Object.fromEntries(NOARGS.map((n) => [n, 'none'])),
  ...Object.fromEntries(['join', 'partition', 'rpartition', 'removeprefix', 'removesuffix', 'zfill'].map((n) => [n, 'one'])),
  center: [1, 2], ljust: [1, 2], rjust: [1, 2], lstrip: [0, 1], rstrip: [0, 1], strip: [0, 1], replace: [2, 3],
  ...Object.fromEntries(['count', 'find', 'index', 'rfind', 'rindex', 'startswith', 'endswith'].map((n) => [n, ['parse', 1, 3]])),
  expandtabs: ['parse', 0, 1], split: ['parse', 0, 2], rsplit: ['parse', 0, 2], splitlines: ['parse', 0, 1],
};
checkArity(strType, {
  ...sharedArity, casefold: 'none', isdecimal: 'none', isidentifier: 'none', isnumeric: 'none', isprintable: 'none',
  format_map: 'one', translate: 'one', encode: ['parse', 0, 2],
});
checkArity(bytesType, { ...sharedArity, decode: ['parse', 0, 2], hex: ['parse', 0, 2] });
checkSlotArity(strType);
checkSlotArity(bytesType);
