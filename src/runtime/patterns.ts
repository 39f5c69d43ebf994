// The runtime side of the match statement (PEP 634): what sequence, mapping and class patterns
// ask of their subject. The compiled pattern does the rest (comparisons, captures, guards).
import { PyVal, PyObject, PyType, objectType } from './object';
import { PyTuple, typeOf, listType, tupleType, rangeType, strType, bytesType, dictType, boolType, intType, floatType, setType, frozensetType } from './types';
import { PyDict, PySet } from './dict';
import { dequeType } from './deque';
import { bytearrayType } from './bytearray';
import { pyErr, isExc, TypeError, ValueError, AttributeError } from './exceptions';
import * as ops from './ops';

/** The collections.abc class named, for subjects of user classes (set by the runtime). */
let abcClass: (name: 'Sequence' | 'Mapping') => PyVal = () => undefined;
export function setAbcClass(f: (name: 'Sequence' | 'Mapping') => PyVal): void { abcClass = f; }

const SEQUENCES = [listType, tupleType, rangeType, dequeType];
const NEITHER = [strType, bytesType, bytearrayType];
/** Builtin types whose class pattern `C(x)` matches x against the subject itself. */
const MATCH_SELF = [boolType, bytearrayType, bytesType, dictType, floatType, frozensetType, intType, listType, setType, strType, tupleType];

/** Whether the subject's type counts as a sequence ('seq') or a mapping ('map') for patterns:
 * the builtin containers by their type, other classes as collections.abc registers them. */
function collectionKind(v: PyVal): 'seq' | 'map' | null {
  if (!(v instanceof PyObject)) return null;
  const t = typeOf(v);
  for (const b of t.mro) {
    if (SEQUENCES.includes(b)) return 'seq';
    if (b === dictType) return 'map';
    if (NEITHER.includes(b)) return null;
  }
  // Native builtins are settled above; a library class standing for one (mappingproxy) is not.
  if (t.module === 'builtins' && !t.dict.has('__module__')) return null;
  if (ops.isinstance(v, abcClass('Sequence'))) return 'seq';
  if (ops.isinstance(v, abcClass('Mapping'))) return 'map';
  return null;
}

export const isSequence = (v: PyVal): boolean => collectionKind(v) === 'seq';
export const isMapping = (v: PyVal): boolean => collectionKind(v) === 'map';

/** len(subject), as a JS number. */
export const matchLen = (v: PyVal): number => ops.lenOf(v);

/** The values of `keys` in the mapping (looked up with `get(key, <absent>)`), or null when one is
 * absent. A key repeated at run time (two attribute lookups equal) is a ValueError. */
export function matchKeys(m: PyVal, keys: PyVal[]): PyVal[] | null {
  if (keys.length === 0) return [];
  const get = ops.getattr(m, 'get');
  const seen = new PySet();
  const absent = new PyObject(objectType, null);
  const out: PyVal[] = [];
  for (const k of keys) {
    if (seen.has(k)) throw pyErr(ValueError, `mapping pattern checks duplicate key (${ops.repr(k)})`);
    seen.add(k);
    const v = ops.call(get, [k, absent]);
    if (v === absent) return null;
    out.push(v);
  }
  return out;
}

/** `**rest`: a dict of the mapping's items without the matched keys. */
export function matchRest(m: PyVal, keys: PyVal[]): PyDict {
  const d = new PyDict();
  if (m instanceof PyDict) for (const j of m.t.slots()) d.set(m.t.keys[j], m.t.vals[j]);
  else for (const k of ops.toArray(ops.call(ops.getattr(m, 'keys'), []))) d.set(k, ops.getitem(m, k));
  for (const k of keys) ops.delitem(d, k);
  return d;
}

/** Attribute `name` of the subject for a sub-pattern, or undefined when it has none. */
function classAttr(subject: PyVal, cls: PyType, name: string, seen: Set<string>): PyVal {
  if (seen.has(name)) throw pyErr(TypeError, `${cls.tpName ?? cls.name}() got multiple sub-patterns for attribute ${ops.repr(name)}`);
  seen.add(name);
  try {
    return ops.getattr(subject, name);
  } catch (e) {
    if (isExc(e, AttributeError)) return undefined;
    throw e;
  }
}

/** A class pattern `cls(p1, ..., k1=q1, ...)` with `nargs` positional sub-patterns: null when the
 * subject is no instance of cls or lacks an attribute, else the values the sub-patterns match
 * (positional ones through __match_args__, then the keyword ones). */
export function matchClass(subject: PyVal, cls: PyVal, nargs: number, kwds: string[]): PyVal[] | null {
  if (!(cls instanceof PyType)) throw pyErr(TypeError, 'called match pattern must be a type');
  if (!ops.isinstance(subject, cls)) return null;
  const seen = new Set<string>();
  const out: PyVal[] = [];
  if (nargs) {
    let matchArgs: PyVal[] = [];
    let matchSelf = false;
    let found: PyVal;
    try {
      found = ops.getattr(cls, '__match_args__');
    } catch (e) {
      if (!isExc(e, AttributeError)) throw e;
      found = undefined;
    }
    if (found === undefined) matchSelf = cls.mro.some((b) => MATCH_SELF.includes(b));
    else if (!(found instanceof PyTuple) || found.cls !== tupleType) {
      throw pyErr(TypeError, `${cls.tpName ?? cls.name}.__match_args__ must be a tuple (got ${ops.typeName(found)})`);
    } else matchArgs = found.items;
    const allowed = matchSelf ? 1 : matchArgs.length;
    if (nargs > allowed) {
      throw pyErr(TypeError, `${cls.tpName ?? cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
    }
    if (matchSelf) out.push(subject);
    else {
      for (let i = 0; i < nargs; i++) {
        const name = matchArgs[i];
        if (typeof name !== 'string') throw pyErr(TypeError, `__match_args__ elements must be strings (got ${ops.typeName(name)})`);
        const v = classAttr(subject, cls, name, seen);
        if (v === undefined) return null;
        out.push(v);
      }
    }
  }
  for (const name of kwds) {
    const v = classAttr(subject, cls, name, seen);
    if (v === undefined) return null;
    out.push(v);
  }
  return out;
}
