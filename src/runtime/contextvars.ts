// contextvars (CPython's _contextvars): ContextVar, Token, Context and copy_context().
//
// A Context maps ContextVars to values. CPython keeps the map in a HAMT so that copying a context
// is O(1); here a Context holds a plain JS Map and a `shared` flag: copy_context() gives the copy
// the same Map and marks both as shared, and the first write to a shared map copies it first
// (copy-on-write). Every context starts with the one empty map, shared, so a program that never
// sets a variable never allocates a Map.
//
// The current context is one pointer (`contexts.cur`, null until first needed, as CPython's
// thread state starts with none). Entering a context (Context.run, a Handle's callback, a task's
// step) saves the pointer in the context itself and swaps it: no allocation. A callback scheduled
// without a context keeps a snapshot (the current map) rather than a new Context, which is made
// only when the callback runs. Each simulated thread (lib/threading.py) has its own pointer,
// swapped by swapThreadContext.
import { PyObject, PyType, PyVal, None, Kw, makeType, objectType, NotImplemented } from './object';
import { PyIter, PyList, STOP, tuple, iteratorType, listType } from './types';
import { pyErr, newExc, TypeError, RuntimeError, ValueError, LookupError } from './exceptions';
import { call, repr, addressOf, keyError, eq } from './ops';
import { method, getter, nargs } from './native';

const EMPTY = new Map<PyContextVar, PyVal>();

export class PyContext extends PyObject {
  /** The context that was current when this one was entered. */
  prev: PyContext | null = null;
  entered = false;
  constructor(
    public vars: Map<PyContextVar, PyVal>,
    /** `vars` may be seen by another Context: copy it before writing. */
    public shared: boolean,
  ) { super(contextType, null); }

  writable(): Map<PyContextVar, PyVal> {
    if (this.shared) { this.vars = new Map(this.vars); this.shared = false; }
    return this.vars;
  }
}

export class PyContextVar extends PyObject {
  constructor(public name: string, public dflt: PyVal | undefined) { super(contextVarType, null); }
}

export class PyToken extends PyObject {
  used = false;
  constructor(public ctx: PyContext, public v: PyContextVar, public old: PyVal) { super(tokenType, null); }
}

/** The current thread's current context (null: none yet, created empty when first needed). */
export const contexts = { cur: null as PyContext | null };

export function currentContext(): PyContext {
  return contexts.cur ?? (contexts.cur = new PyContext(EMPTY, true));
}
/** contextvars.copy_context(): a new Context with the current one's variables (shares its map). */
export function copyContext(): PyContext {
  const c = currentContext();
  c.shared = true;
  return new PyContext(c.vars, true);
}
/** A copy of the current context to be made later: its variables, shared (copy-on-write). A
 * callback scheduled without a context keeps this instead of a Context, so scheduling allocates
 * nothing and a waiting callback holds nothing new; asContext makes the Context when needed. */
export function snapshotContext(): Map<PyContextVar, PyVal> {
  const c = contexts.cur;
  if (c === null) return EMPTY;
  c.shared = true;
  return c.vars;
}
/** The Context a captured context stands for: a snapshot becomes a new Context. */
export function asContext(ctx: PyVal): PyVal {
  return ctx instanceof Map ? new PyContext(ctx as Map<PyContextVar, PyVal>, true) : ctx;
}
export function enterContext(ctx: PyContext): void {
  if (ctx.entered) throw pyErr(RuntimeError, `cannot enter context: ${repr(ctx)} is already entered`);
  ctx.prev = contexts.cur;
  ctx.entered = true;
  contexts.cur = ctx;
}
export function exitContext(ctx: PyContext): void {
  contexts.cur = ctx.prev;
  ctx.prev = null;
  ctx.entered = false;
}
/** Makes `ctx` the current thread's context and returns the one it replaces (threads swap them). */
export function swapThreadContext(ctx: PyContext | null): PyContext | null {
  const old = contexts.cur;
  contexts.cur = ctx;
  return old;
}
/** Context.run(fn, *args, **kw). */
export function runInContext(ctx: PyContext, fn: PyVal, args: PyVal[], kw: Kw): PyVal {
  enterContext(ctx);
  try { return call(fn, args, kw); } finally { exitContext(ctx); }
}

// ---------------------------------------------------------------- Python-visible types
export const contextType = makeType('Context', [objectType], false);
contextType.module = '_contextvars';
contextType.tpName = '_contextvars.Context';
export const contextVarType = makeType('ContextVar', [objectType], false);
contextVarType.module = '_contextvars';
contextVarType.tpName = '_contextvars.ContextVar';
export const tokenType = makeType('Token', [objectType], false);
tokenType.module = '_contextvars';
tokenType.tpName = '_contextvars.Token';
const missingType = makeType('Token.MISSING', [objectType], false);
missingType.module = 'builtins';
/** Token.MISSING: a token's old_value when the variable had no value in the context. */
export const MISSING = new PyObject(missingType, null);
method(missingType, '__repr__', () => '<Token.MISSING>');

contextType.native = (_cls, args, kw) => {
  if (args.length || (kw && kw.size)) throw pyErr(TypeError, 'Context() does not accept any arguments');
  return new PyContext(EMPTY, true);
};
contextVarType.native = (_cls, args, kw) => {
  if (args.length !== 1) throw pyErr(TypeError, `ContextVar() takes ${args.length ? 'at most' : 'exactly'} 1 positional argument (${args.length} given)`);
  let dflt: PyVal | undefined;
  if (kw) for (const [k, v] of kw) {
    if (k !== 'default') throw pyErr(TypeError, `'${k}' is an invalid keyword argument for ContextVar()`);
    dflt = v;
  }
  if (typeof args[0] !== 'string') throw pyErr(TypeError, 'context variable name must be a str');
  return new PyContextVar(args[0], dflt);
};
tokenType.native = () => { throw pyErr(RuntimeError, 'Tokens can only be created by ContextVars'); };

const cx = (self: PyVal): PyContext => self as PyContext;
const cv = (self: PyVal): PyContextVar => self as PyContextVar;
const tk = (self: PyVal): PyToken => self as PyToken;
function varKey(k: PyVal): PyContextVar {
  if (!(k instanceof PyContextVar)) throw pyErr(TypeError, `a ContextVar key was expected, got ${repr(k)}`);
  return k;
}

// Context
method(contextType, 'run', (self, args, kw) => {
  if (!args.length) throw pyErr(TypeError, 'run() missing 1 required positional argument');
  return runInContext(cx(self), args[0], args.slice(1), kw);
});
method(contextType, 'copy', (self) => { const c = cx(self); c.shared = true; return new PyContext(c.vars, true); });
method(contextType, 'get', (self, args) => {
  nargs('get', args, 1, 2);
  const v = cx(self).vars.get(varKey(args[0]));
  return v !== undefined ? v : args.length > 1 ? args[1] : None;
});
method(contextType, '__getitem__', (self, args) => {
  const v = cx(self).vars.get(varKey(args[0]));
  if (v === undefined) throw keyError(args[0]);
  return v;
});
method(contextType, '__contains__', (self, args) => cx(self).vars.has(varKey(args[0])));
method(contextType, '__len__', (self) => cx(self).vars.size);
/** The iterators of keys(), values(), items() and iter(): over a snapshot of the map. */
const iterTypes = new Map(['keys', 'values', 'items'].map((n) => [n, makeType(n, [iteratorType], false)]));
function mapIter(c: PyContext, kind: 'keys' | 'values' | 'items'): PyVal {
  c.shared = true;
  const it = c.vars.entries();
  return new PyIter(() => {
    const r = it.next();
    if (r.done) return STOP;
    const [k, v] = r.value;
    return kind === 'keys' ? k : kind === 'values' ? v : tuple([k, v]);
  }, iterTypes.get(kind)!);
}
method(contextType, '__iter__', (self) => mapIter(cx(self), 'keys'));
method(contextType, 'keys', (self) => mapIter(cx(self), 'keys'));
method(contextType, 'values', (self) => mapIter(cx(self), 'values'));
method(contextType, 'items', (self) => mapIter(cx(self), 'items'));
method(contextType, '__eq__', (self, args) => {
  const o = args[0];
  if (!(o instanceof PyContext)) return NotImplemented;
  const a = cx(self).vars, b = o.vars;
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (w === undefined || !(w === v || eq(v, w))) return false;
  }
  return true;
});
contextType.dict.set('__hash__', None);

// ContextVar
getter(contextVarType, 'name', (self) => cv(self).name);
method(contextVarType, 'get', (self, args) => {
  if (args.length > 1) throw pyErr(TypeError, `get expected at most 1 argument, got ${args.length}`);
  const v = cv(self);
  const c = contexts.cur;
  const got = c === null ? undefined : c.vars.get(v);
  if (got !== undefined) return got;
  if (args.length) return args[0];
  if (v.dflt !== undefined) return v.dflt;
  throw newExc(LookupError, v);
});
method(contextVarType, 'set', (self, args) => {
  if (args.length !== 1) throw pyErr(TypeError, `ContextVar.set() takes exactly one argument (${args.length} given)`);
  const v = cv(self);
  const c = currentContext();
  const vars = c.writable();
  const old = vars.get(v);
  vars.set(v, args[0]);
  return new PyToken(c, v, old === undefined ? MISSING : old);
});
method(contextVarType, 'reset', (self, args) => {
  if (args.length !== 1) throw pyErr(TypeError, `ContextVar.reset() takes exactly one argument (${args.length} given)`);
  const t = args[0];
  if (!(t instanceof PyToken)) throw pyErr(TypeError, `expected an instance of Token, got ${repr(t)}`);
  if (t.used) throw pyErr(RuntimeError, `${repr(t)} has already been used once`);
  if (t.v !== self) throw pyErr(ValueError, `${repr(t)} was created by a different ContextVar`);
  const c = currentContext();
  if (t.ctx !== c) throw pyErr(ValueError, `${repr(t)} was created in a different Context`);
  t.used = true;
  const vars = c.writable();
  if (t.old === MISSING) vars.delete(cv(self));
  else vars.set(cv(self), t.old);
  return None;
});
method(contextVarType, '__repr__', (self) => {
  const v = cv(self);
  return `<ContextVar name=${repr(v.name)}${v.dflt !== undefined ? ` default=${repr(v.dflt)}` : ''} at ${addressOf(v)}>`;
});
// ContextVar[int] and Token[int]: a types.GenericAlias, as list[int].
contextVarType.dict.set('__class_getitem__', listType.dict.get('__class_getitem__'));

// Token
getter(tokenType, 'var', (self) => tk(self).v);
getter(tokenType, 'old_value', (self) => tk(self).old);
method(tokenType, '__repr__', (self) => `<Token${tk(self).used ? ' used' : ''} var=${repr(tk(self).v)} at ${addressOf(self)}>`);
tokenType.dict.set('MISSING', MISSING);
tokenType.dict.set('__class_getitem__', listType.dict.get('__class_getitem__'));
// Not acceptable base types (typeobject.ts checks the flag).
for (const t of [contextType, contextVarType, tokenType]) (t as { final?: boolean }).final = true;

export function defineContextvarsModule(m: Map<string, PyVal>, def: (name: string, fn: (args: PyVal[], kw: Kw) => PyVal) => void): void {
  m.set('Context', contextType);
  m.set('ContextVar', contextVarType);
  m.set('Token', tokenType);
  m.set('__all__', new PyList(['Context', 'ContextVar', 'Token', 'copy_context']));
  def('copy_context', (args) => { nargs('copy_context', args, 0); return copyContext(); });
}
