// reprlib.repr with the default limits of reprlib.Repr (CPython 3.11): asyncio abbreviates
// results and callback arguments with it in reprs.
import { PyVal } from './object';
import { PyList, PyTuple, typeOf } from './types';
import { PyDict, PySet } from './dict';
import { repr, less, toArray } from './ops';

const LIMITS = { level: 6, tuple: 6, list: 6, dict: 4, set: 6, string: 30, long: 40, other: 30 };

function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const i = Math.max(0, Math.floor((max - 3) / 2)), j = Math.max(0, max - 3 - i);
  return s.slice(0, i) + '...' + s.slice(s.length - j);
}
function iterable(items: PyVal[], level: number, left: string, right: string, max: number, trail = ''): string {
  const n = items.length;
  let s: string;
  if (level <= 0 && n) s = '...';
  else {
    const pieces = items.slice(0, max).map((x) => repr1(x, level - 1));
    if (n > max) pieces.push('...');
    s = pieces.join(', ');
  }
  if (n === 1 && trail) right = trail + right;
  return left + s + right;
}
function possiblySorted(items: PyVal[]): PyVal[] {
  try { return items.slice().sort((a, b) => (less(a, b) ? -1 : less(b, a) ? 1 : 0)); } catch { return items; }
}
function repr1(x: PyVal, level: number): string {
  const t = typeOf(x);
  if (typeof x === 'string') {
    let s = repr(x.slice(0, LIMITS.string));
    if (s.length > LIMITS.string) {
      const i = Math.max(0, Math.floor((LIMITS.string - 3) / 2)), j = Math.max(0, LIMITS.string - 3 - i);
      s = repr(x.slice(0, i) + x.slice(x.length - j));
      s = s.slice(0, i) + '...' + s.slice(s.length - j);
    }
    return s;
  }
  if (typeof x === 'number' || typeof x === 'bigint') return cut(repr(x), LIMITS.long);
  if (x instanceof PyTuple && t.name === 'tuple') return iterable(x.items, level, '(', ')', LIMITS.tuple, ',');
  if (x instanceof PyList && t.name === 'list') return iterable(x.items, level, '[', ']', LIMITS.list);
  if (x instanceof PySet && (t.name === 'set' || t.name === 'frozenset')) {
    const items = possiblySorted(x.keys());
    if (!items.length) return `${t.name}()`;
    return t.name === 'set' ? iterable(items, level, '{', '}', LIMITS.set) : iterable(items, level, 'frozenset({', '})', LIMITS.set);
  }
  if (x instanceof PyDict && t.name === 'dict') {
    const keys = possiblySorted(toArray(x));
    if (!keys.length) return '{}';
    if (level <= 0) return '{...}';
    const pieces = keys.slice(0, LIMITS.dict).map((k) => `${repr1(k, level - 1)}: ${repr1(x.get(k), level - 1)}`);
    if (keys.length > LIMITS.dict) pieces.push('...');
    return `{${pieces.join(', ')}}`;
  }
  return cut(repr(x), LIMITS.other);
}
export function reprlibRepr(x: PyVal): string { return repr1(x, LIMITS.level); }

/** A repr cut to 40 characters: the arguments in labels of tasks and threads ("worker('A', 0.2)"). */
export function shortRepr(v: PyVal): string {
  const r = repr(v);
  return r.length > 40 ? r.slice(0, 37) + '...' : r;
}
