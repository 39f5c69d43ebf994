// str and bytes: constructors and methods.
import { PyVal, None, PyFloat } from './object';
import { strType, bytesType, PyList, PyTuple, PyBytes, tuple } from './types';
import { PyDict } from './dict';
import { pyErr, TypeError, ValueError, IndexError, LookupError, UnicodeEncodeError } from './exceptions';
import * as I from './int';
import {
  asInt, repr, str, typeName, toArray, getitem, getattr, callSpecial, PyBoxed, unbox, hashStr, strRepr, sliceIndices,
  sliceLength, isinstance, eq,
} from './ops';
import { method, nargs, params } from './native';
import { formatStr, percentFormat, parseFormatTemplate, parseFieldName, FormatError } from './format';
import { fmtCatch, toInt, toFloat } from './numbers';
import { percentHook } from './arith';
import { PySlice } from './types';

function s_(self: PyVal, name: string): string {
  const v = unbox(self);
  if (typeof v !== 'string') throw pyErr(TypeError, `descriptor '${name}' requires a 'str' object but received a '${typeName(self)}'`);
  return v;
}
function argStr(v: PyVal, fname: string, pos = 'argument'): string {
  const u = unbox(v);
  if (typeof u !== 'string') throw pyErr(TypeError, `${fname} ${pos} must be str, not ${typeName(v)}`);
  return u;
}
function optIndex(v: PyVal, n: number, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  let i = Number(asInt(v));
  if (i < 0) { i += n; if (i < 0) i = 0; } else if (i > n) i = n;
  return i;
}

strType.native = (cls, args, kw) => {
  const [obj, encoding] = params('str', args, kw, ['object', 'encoding', 'errors']);
  let v: string;
  if (obj === undefined) v = '';
  else if (encoding !== undefined && obj instanceof PyBytes) v = new TextDecoder().decode(obj.bytes);
  else v = str(obj);
  return cls === strType ? v : new PyBoxed(cls, v);
};
bytesType.native = (_cls, args) => {
  nargs('bytes', args, 0, 3);
  if (!args.length) return new PyBytes(new Uint8Array());
  const a = args[0];
  if (typeof a === 'string') {
    if (args.length < 2) throw pyErr(TypeError, 'string argument without an encoding');
    return new PyBytes(new TextEncoder().encode(a));
  }
  const n = asInt(a);
  if (n !== undefined) return new PyBytes(new Uint8Array(Number(n)));
  const items = toArray(a).map((x) => {
    const b = asInt(x);
    if (b === undefined) throw pyErr(TypeError, `'${typeName(x)}' object cannot be interpreted as an integer`);
    if (b < 0 || b > 255) throw pyErr(ValueError, 'bytes must be in range(0, 256)');
    return Number(b);
  });
  return new PyBytes(Uint8Array.from(items));
};

method(strType, '__repr__', (self) => strRepr(s_(self, '__repr__')));
method(strType, '__str__', (self) => s_(self, '__str__'));
method(strType, '__hash__', (self) => hashStr(s_(self, '__hash__')));
method(strType, '__len__', (self) => s_(self, '__len__').length);
method(strType, '__format__', (self, args) => fmtCatch(() => formatStr(s_(self, '__format__'), argStr(args[0], 'format()', 'argument'))));
method(strType, '__getitem__', (self, args) => strGetitem(s_(self, '__getitem__'), args[0]));
method(strType, '__contains__', (self, args) => s_(self, '__contains__').includes(argStr(args[0], "'in <string>' requires string as left operand, not", '')));
method(strType, '__add__', (self, args) => (typeof unbox(args[0]) === 'string' ? s_(self, '__add__') + unbox(args[0]) : NotImpl()));
method(strType, '__mod__', (self, args) => strPercent(s_(self, '__mod__'), args[0]));
method(strType, '__eq__', (self, args) => { const o = unbox(args[0]); return typeof o === 'string' ? s_(self, '__eq__') === o : NotImpl(); });
method(strType, '__lt__', (self, args) => { const o = unbox(args[0]); return typeof o === 'string' ? s_(self, '__lt__') < o : NotImpl(); });
function NotImpl(): PyVal { return notImplemented; }
let notImplemented: PyVal;
export function setNotImplemented(v: PyVal): void { notImplemented = v; }

export function strGetitem(s: string, k: PyVal): string {
  if (k instanceof PySlice) {
    const [start, stop, step] = sliceIndices(k, s.length);
    if (step === 1) return stop > start ? s.slice(start, stop) : '';
    const n = sliceLength(start, stop, step);
    let out = '';
    for (let i = 0, j = start; i < n; i++, j += step) out += s[j];
    return out;
  }
  const i = asInt(k);
  if (i === undefined) throw pyErr(TypeError, `string indices must be integers, not '${typeName(k)}'`);
  let n = Number(i);
  if (n < 0) n += s.length;
  if (n < 0 || n >= s.length) throw pyErr(IndexError, 'string index out of range');
  return s[n];
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
export function strFormat(fmt: string, args: PyVal[], kw: Map<string, PyVal> | ((k: string) => PyVal), formatValue: (v: PyVal, spec: string) => string, depth = 0): string {
  let auto = 0;
  let manual = false;
  let out = '';
  const parts = fmtCatch(() => parseFormatTemplate(fmt));
  for (const p of parts) {
    if ('literal' in p) { out += p.literal; continue; }
    const fld = fmtCatch(() => parseFieldName(p.field));
    let v: PyVal;
    let first = fld.first;
    if (first === '') {
      if (manual) throw pyErr(ValueError, 'cannot switch from manual field specification to automatic field numbering');
      first = auto++;
    } else if (typeof first === 'number') {
      if (auto) throw pyErr(ValueError, 'cannot switch from automatic field numbering to manual field specification');
      manual = true;
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
    if (p.conversion === 'r') v = repr(v);
    else if (p.conversion === 's') v = str(v);
    else if (p.conversion === 'a') v = asciiRepr(repr(v));
    let spec = p.spec;
    if (spec.includes('{')) {
      if (depth >= 1) throw pyErr(ValueError, 'Max string recursion exceeded');
      spec = strFormat(spec, args.slice(0), kw, formatValue, depth + 1);
    }
    out += formatValue(v, spec);
  }
  return out;
}
let keyErr: (k: PyVal) => never = () => { throw new Error('KeyError'); };
export function setKeyErr(f: (k: PyVal) => never): void { keyErr = f; }

// -------------------------------------------------------------- methods
const ws = (c: string) => /\s/.test(c);
function stripChars(s: string, chars: PyVal, left: boolean, right: boolean): string {
  let a = 0, b = s.length;
  const set = chars === undefined || chars === None ? null : argStr(chars, 'strip arg', '');
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
method(strType, 'casefold', (self) => s_(self, 'casefold').toLowerCase());
method(strType, 'swapcase', (self) => Array.from(s_(self, 'swapcase')).map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''));
method(strType, 'capitalize', (self) => { const s = s_(self, 'capitalize'); return s ? s[0].toUpperCase() + s.slice(1).toLowerCase() : s; });
method(strType, 'title', (self) => {
  let out = '', prevCased = false;
  for (const c of s_(self, 'title')) {
    const cased = c.toLowerCase() !== c.toUpperCase();
    out += cased ? (prevCased ? c.toLowerCase() : c.toUpperCase()) : c;
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
function findArgs(self: PyVal, args: PyVal[], name: string): [string, string, number, number] {
  nargs(name, args, 1, 3);
  const s = s_(self, name);
  const sub = argStr(args[0], `must be str, not`, '');
  return [s, sub, optIndex(args[1], s.length, 0), optIndex(args[2], s.length, s.length)];
}
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
method(strType, 'find', (self, args) => find(...findArgs(self, args, 'find')));
method(strType, 'rfind', (self, args) => rfind(...findArgs(self, args, 'rfind')));
method(strType, 'index', (self, args) => { const i = find(...findArgs(self, args, 'index')); if (i < 0) throw pyErr(ValueError, 'substring not found'); return i; });
method(strType, 'rindex', (self, args) => { const i = rfind(...findArgs(self, args, 'rindex')); if (i < 0) throw pyErr(ValueError, 'substring not found'); return i; });
method(strType, 'count', (self, args) => {
  const [s, sub, a, b] = findArgs(self, args, 'count');
  if (sub === '') return b >= a ? b - a + 1 : 0;
  let n = 0;
  for (let i = s.indexOf(sub, a); i >= 0 && i + sub.length <= b; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
});
function affix(self: PyVal, args: PyVal[], name: string, test: (s: string, p: string) => boolean): boolean {
  nargs(name, args, 1, 3);
  const s = s_(self, name);
  const a = optIndex(args[1], s.length, 0), b = optIndex(args[2], s.length, s.length);
  const part = s.slice(a, b);
  const p = args[0];
  if (p instanceof PyTuple) return p.items.some((x) => test(part, argStr(x, 'tuple for', '')));
  if (typeof unbox(p) !== 'string') throw pyErr(TypeError, `${name} first arg must be str or a tuple of str, not ${typeName(p)}`);
  if (a > s.length) return false;
  return test(part, unbox(p));
}
method(strType, 'startswith', (self, args) => affix(self, args, 'startswith', (s, p) => s.startsWith(p)));
method(strType, 'endswith', (self, args) => affix(self, args, 'endswith', (s, p) => s.endsWith(p)));
method(strType, 'replace', (self, args) => {
  nargs('replace', args, 2, 3);
  const s = s_(self, 'replace'), a = argStr(args[0], 'replace() argument 1', ''), b = argStr(args[1], 'replace() argument 2', '');
  let count = args.length > 2 ? Number(asInt(args[2])) : -1;
  if (count < 0) count = Infinity;
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
});
function splitWs(s: string, max: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && ws(s[i])) i++;
    if (i >= n) break;
    if (max >= 0 && out.length === max) { let j = n; while (j > i && ws(s[j - 1])) j--; out.push(s.slice(i, j)); return out; }
    let j = i;
    while (j < n && !ws(s[j])) j++;
    out.push(s.slice(i, j)); i = j;
  }
  return out;
}
function rsplitWs(s: string, max: number): string[] {
  const out: string[] = [];
  let j = s.length;
  while (j > 0) {
    while (j > 0 && ws(s[j - 1])) j--;
    if (j <= 0) break;
    if (max >= 0 && out.length === max) { let i = 0; while (i < j && ws(s[i])) i++; out.push(s.slice(i, j)); break; }
    let i = j;
    while (i > 0 && !ws(s[i - 1])) i--;
    out.push(s.slice(i, j)); j = i;
  }
  return out.reverse();
}
function splitArgs(args: PyVal[], kw: Map<string, PyVal> | null, name: string): [string | null, number] {
  const [sep, maxsplit] = params(name, args, kw, ['sep', 'maxsplit']);
  const sp = sep === undefined || sep === None ? null : argStr(sep, 'must be str or None, not', '');
  if (sp === '') throw pyErr(ValueError, 'empty separator');
  return [sp, maxsplit === undefined ? -1 : Number(asInt(maxsplit))];
}
method(strType, 'split', (self, args, kw) => {
  const s = s_(self, 'split');
  const [sep, max] = splitArgs(args, kw, 'split');
  if (sep === null) return new PyList(splitWs(s, max));
  const parts = s.split(sep);
  if (max >= 0 && parts.length > max + 1) return new PyList([...parts.slice(0, max), parts.slice(max).join(sep)]);
  return new PyList(parts);
});
method(strType, 'rsplit', (self, args, kw) => {
  const s = s_(self, 'rsplit');
  const [sep, max] = splitArgs(args, kw, 'rsplit');
  if (sep === null) return new PyList(rsplitWs(s, max));
  const parts = s.split(sep);
  if (max >= 0 && parts.length > max + 1) return new PyList([parts.slice(0, parts.length - max).join(sep), ...parts.slice(parts.length - max)]);
  return new PyList(parts);
});
method(strType, 'splitlines', (self, args, kw) => {
  const [keep] = params('splitlines', args, kw, ['keepends']);
  const s = s_(self, 'splitlines');
  const out: string[] = [];
  const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let i = 0, m: RegExpExecArray | null;
  while ((m = re.exec(s))) { out.push(s.slice(i, keep !== undefined && keep !== false && keep !== 0 ? m.index + m[0].length : m.index)); i = m.index + m[0].length; }
  if (i < s.length) out.push(s.slice(i));
  return new PyList(out);
});
method(strType, 'join', (self, args) => {
  nargs('join', args, 1);
  const sep = s_(self, 'join');
  const items = toArray(args[0]);
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
method(strType, 'partition', (self, args) => partition(s_(self, 'partition'), argStr(args[0], 'must be str, not', ''), false));
method(strType, 'rpartition', (self, args) => partition(s_(self, 'rpartition'), argStr(args[0], 'must be str, not', ''), true));
function padArgs(self: PyVal, args: PyVal[], name: string): [string, number, string] {
  nargs(name, args, 1, 2);
  const fill = args.length > 1 ? argStr(args[1], name + '() argument 2', '') : ' ';
  if (Array.from(fill).length !== 1) throw pyErr(TypeError, 'The fill character must be exactly one character long');
  const w = asInt(args[0]);
  if (w === undefined) throw pyErr(TypeError, `'${typeName(args[0])}' object cannot be interpreted as an integer`);
  return [s_(self, name), Number(w), fill];
}
method(strType, 'center', (self, args) => {
  const [s, w, f] = padArgs(self, args, 'center');
  const total = w - s.length;
  if (total <= 0) return s;
  const left = Math.floor(total / 2) + (total & w & 1);
  return f.repeat(left) + s + f.repeat(total - left);
});
method(strType, 'ljust', (self, args) => { const [s, w, f] = padArgs(self, args, 'ljust'); return w > s.length ? s + f.repeat(w - s.length) : s; });
method(strType, 'rjust', (self, args) => { const [s, w, f] = padArgs(self, args, 'rjust'); return w > s.length ? f.repeat(w - s.length) + s : s; });
method(strType, 'zfill', (self, args) => {
  const s = s_(self, 'zfill'); const w = Number(asInt(args[0]));
  if (w <= s.length) return s;
  const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
  return sign + '0'.repeat(w - s.length) + s.slice(sign.length);
});
method(strType, 'expandtabs', (self, args, kw) => {
  const [ts] = params('expandtabs', args, kw, ['tabsize']);
  const size = ts === undefined ? 8 : Number(asInt(ts));
  let out = '', col = 0;
  for (const c of s_(self, 'expandtabs')) {
    if (c === '\t') { const n = size > 0 ? size - (col % size) : 0; out += ' '.repeat(n); col += n; }
    else if (c === '\n' || c === '\r') { out += c; col = 0; }
    else { out += c; col++; }
  }
  return out;
});
const pred = (name: string, f: (s: string) => boolean) => method(strType, name, (self) => { const s = s_(self, name); return s.length > 0 && f(s); });
pred('isdigit', (s) => /^[0-9\u0660-\u0669\u00b2\u00b3\u00b9]+$/.test(s));
pred('isdecimal', (s) => /^[0-9\u0660-\u0669]+$/.test(s));
pred('isnumeric', (s) => /^[\p{N}]+$/u.test(s));
pred('isalpha', (s) => /^\p{L}+$/u.test(s));
pred('isalnum', (s) => /^[\p{L}\p{N}]+$/u.test(s));
pred('isspace', (s) => /^\s+$/.test(s));
pred('isupper', (s) => s !== s.toLowerCase() && s === s.toUpperCase());
pred('islower', (s) => s !== s.toUpperCase() && s === s.toLowerCase());
pred('isidentifier', (s) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(s));
method(strType, 'isascii', (self) => /^[\x00-\x7f]*$/.test(s_(self, 'isascii')));
method(strType, 'isprintable', (self) => !/[\x00-\x1f\x7f-\xa0]/.test(s_(self, 'isprintable')));
method(strType, 'removeprefix', (self, args) => { const s = s_(self, 'removeprefix'), p = argStr(args[0], 'removeprefix() argument', ''); return p && s.startsWith(p) ? s.slice(p.length) : s; });
method(strType, 'removesuffix', (self, args) => { const s = s_(self, 'removesuffix'), p = argStr(args[0], 'removesuffix() argument', ''); return p && s.endsWith(p) ? s.slice(0, -p.length) : s; });
method(strType, 'encode', (self, args, kw) => {
  const [enc] = params('encode', args, kw, ['encoding', 'errors']);
  const s = s_(self, 'encode');
  const e = (enc === undefined ? 'utf-8' : String(enc)).toLowerCase().replace('_', '-');
  if (e === 'ascii') {
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) throw pyErr(UnicodeEncodeError, `'ascii' codec can't encode character '\\x${s.charCodeAt(i).toString(16)}' in position ${i}: ordinal not in range(128)`);
  }
  if (e === 'latin-1' || e === 'latin1' || e === 'ascii') return new PyBytes(Uint8Array.from(Array.from(s, (c) => c.charCodeAt(0))));
  if (e !== 'utf-8' && e !== 'utf8') throw pyErr(LookupError, `unknown encoding: ${enc}`);
  return new PyBytes(new TextEncoder().encode(s));
});
method(strType, 'format', (self, args, kw) => strFormat(s_(self, 'format'), args, kw ?? new Map(), formatValueHook.fn));
method(strType, 'format_map', (self, args) => strFormat(s_(self, 'format_map'), [], (k) => getitem(args[0], k), formatValueHook.fn));
export const formatValueHook: { fn: (v: PyVal, spec: string) => string } = { fn: () => '' };
method(strType, 'maketrans', (_self, args) => {
  const d = new PyDict();
  if (args.length === 1) { const src = args[0] as PyDict; for (const i of src.t.slots()) { const k = src.t.keys[i]; d.set(typeof k === 'string' ? k.codePointAt(0) : k, src.t.vals[i]); } return d; }
  const a = argStr(args[0], 'maketrans', ''), b = argStr(args[1], 'maketrans', '');
  if (a.length !== b.length) throw pyErr(ValueError, 'the first two maketrans arguments must have equal length');
  for (let i = 0; i < a.length; i++) d.set(a.codePointAt(i), b.codePointAt(i));
  if (args[2] !== undefined) for (const c of argStr(args[2], 'maketrans', '')) d.set(c.codePointAt(0), None);
  return d;
});
method(strType, 'translate', (self, args) => {
  let out = '';
  for (const c of s_(self, 'translate')) {
    let r: PyVal;
    try { r = getitem(args[0], c.codePointAt(0)); } catch (e) { if (isinstance(e, LookupError)) { out += c; continue; } throw e; }
    if (r === None) continue;
    const i = asInt(r);
    out += i !== undefined ? String.fromCodePoint(Number(i)) : str(r);
  }
  return out;
});

// -------------------------------------------------------------- bytes
function b_(self: PyVal): Uint8Array {
  if (!(self instanceof PyBytes)) throw pyErr(TypeError, `descriptor requires a 'bytes' object but received a '${typeName(self)}'`);
  return self.bytes;
}
export function bytesRepr(b: Uint8Array): string {
  let hasSq = false, hasDq = false;
  for (const c of b) { if (c === 39) hasSq = true; if (c === 34) hasDq = true; }
  const qch = hasSq && !hasDq ? '"' : "'";
  let out = 'b' + qch;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === qch || ch === '\\') out += '\\' + ch;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + qch;
}
method(bytesType, '__repr__', (self) => bytesRepr(b_(self)));
method(bytesType, '__len__', (self) => b_(self).length);
method(bytesType, '__hash__', (self) => hashStr(bytesRepr(b_(self))));
method(bytesType, '__getitem__', (self, args) => {
  const b = b_(self);
  const k = args[0];
  if (k instanceof PySlice) {
    const [start, stop, step] = sliceIndices(k, b.length);
    const n = sliceLength(start, stop, step);
    const out = new Uint8Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = b[j];
    return new PyBytes(out);
  }
  let i = Number(asInt(k));
  if (i < 0) i += b.length;
  if (i < 0 || i >= b.length) throw pyErr(IndexError, 'index out of range');
  return b[i];
});
method(bytesType, '__iter__', (self) => iterOf(Array.from(b_(self))));
let iterOf: (items: PyVal[]) => PyVal = () => None;
export function setIterOf(f: (items: PyVal[]) => PyVal): void { iterOf = f; }
method(bytesType, 'decode', (self, args, kw) => {
  const [enc] = params('decode', args, kw, ['encoding', 'errors']);
  const e = (enc === undefined ? 'utf-8' : String(enc)).toLowerCase();
  if (e === 'latin-1' || e === 'latin1' || e === 'ascii') return String.fromCharCode(...b_(self));
  return new TextDecoder().decode(b_(self));
});
method(bytesType, 'hex', (self) => Array.from(b_(self), (c) => c.toString(16).padStart(2, '0')).join(''));
method(bytesType, '__eq__', (self, args) => {
  const o = args[0];
  if (!(o instanceof PyBytes)) return notImplemented;
  const a = b_(self), b = o.bytes;
  return a.length === b.length && a.every((x, i) => x === b[i]);
});
method(bytesType, '__contains__', (self, args) => {
  const x = args[0];
  const b = b_(self);
  const i = asInt(x);
  if (i !== undefined) return b.includes(Number(i));
  if (x instanceof PyBytes) return bytesRepr(b).includes(bytesRepr(x.bytes).slice(2, -1));
  throw pyErr(TypeError, `a bytes-like object is required, not '${typeName(x)}'`);
});
export { toInt, toFloat, eq };
