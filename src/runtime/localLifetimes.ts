// Which locals of a function hold the only reference to what is stored in them. CPython frees such
// a value when the name is bound again or the function returns (its reference count drops to
// zero): a coroutine never awaited is reported then, a suspended generator is closed (its
// `finally` runs) and an async generator goes to the loop's finalizer hook. Without reference
// counts, the compiler finds the locals whose every read lets go of the value again: it is
// driven (`next(g)`, `g.send(v)`, `await g.asend(v)`, `for`/`async for` over it, `await c`),
// compared, shown (`print`, `repr`, `type`, an f-string, ...) or not read at all.
import type { Scope } from './scope';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type N = any;

/** Methods whose result does not hold the generator (a yielded value, or None). */
const DRIVE_METHODS = new Set(['send', 'throw', 'close', '__next__']);
/** Methods whose awaitable holds the async generator until it is awaited: only `await g.m(...)`. */
const AWAITED_METHODS = new Set(['asend', 'athrow', 'aclose', '__anext__']);
/** Builtins whose result does not hold their argument. */
const SHOWING = new Set(['print', 'repr', 'str', 'type', 'isinstance', 'id']);
const POSITION = new Set(['lineno', 'col_offset', 'end_lineno', 'end_col_offset', 'ctx']);

/**
 * The function's locals (of `scope`, defined by `body`) that hold the only reference to their
 * value: never read, or read only in the ways above, and at least once driven if read at all.
 */
export function soleOwnerLocals(scope: Scope, body: N[]): Set<string> {
  const nested = new Set<string>();
  const walkScope = (sc: Scope) => { for (const n of sc.used) nested.add(n); for (const c of sc.children) walkScope(c); };
  for (const c of scope.children) walkScope(c);
  const out = new Set<string>();
  if (['locals', 'vars', 'eval', 'exec', 'dir'].some((n) => scope.used.has(n) || nested.has(n))) return out;
  const kept = new Set<string>();
  const driven = new Set<string>();
  const read = new Set<string>();
  forEachRead(body, (node, use) => {
    read.add(node.id);
    if (use === 'kept') kept.add(node.id);
    else if (use === 'driven') driven.add(node.id);
  });
  for (const n of scope.assigned) {
    if (nested.has(n) || kept.has(n) || scope.deleted.has(n) || scope.resolve(n) !== 'local') continue;
    if (!read.has(n) || driven.has(n)) out.add(n);
  }
  return out;
}

/** Whether an except clause's body may keep the exception it binds to `name` (and with it the
 * frames its traceback holds) past the clause: stored, returned, raised again or passed on. */
export function exceptionKept(name: string, body: N[]): boolean {
  let kept = false;
  forEachRead(body, (node, use, parent) => {
    if (node.id !== name || use !== 'kept') return;
    // Reading an attribute (e.args, e.code) does not keep e, except the ones that lead to frames.
    if (parent?._type === 'Attribute' && parent.value === node && !KEEPING_ATTRS.has(parent.attr)) return;
    kept = true;
  });
  return kept;
}
const KEEPING_ATTRS = new Set(['__traceback__', '__context__', '__cause__', 'with_traceback']);

/** Calls visit(name, use, parent) for each read of a name in `body`, nested scopes included. */
function forEachRead(body: N[], visit: (name: N, use: 'driven' | 'shown' | 'kept', parent: N) => void): void {
  /** Calls whose result is awaited at once (visited before the call itself). */
  const awaited = new Set<N>();
  const walk = (node: N, parent: N, grand: N): void => {
    if (Array.isArray(node)) { for (const c of node) walk(c, parent, grand); return; }
    if (node === null || typeof node !== 'object' || typeof node._type !== 'string') return;
    if (node._type === 'Name' && node.ctx?._type === 'Load') { visit(node, useOf(node, parent, grand, awaited), parent); return; }
    if (node._type === 'Await' && node.value?._type === 'Call') awaited.add(node.value);
    for (const k of Object.keys(node)) if (!POSITION.has(k) && k !== '_type') walk(node[k], node, parent);
  };
  walk(body, null, null);
}

/** How a read of a local uses its value: lets it go after driving it, lets it go, or may keep it. */
function useOf(name: N, parent: N, grand: N, awaited: Set<N>): 'driven' | 'shown' | 'kept' {
  if (parent === null) return 'kept';
  switch (parent._type) {
    case 'Expr': case 'Compare': case 'FormattedValue': return 'shown';
    case 'Await': return 'driven';
    case 'For': case 'AsyncFor': return parent.iter === name ? 'driven' : 'kept';
    case 'Attribute': {
      if (parent.value !== name || grand?._type !== 'Call' || grand.func !== parent) return 'kept';
      if (DRIVE_METHODS.has(parent.attr)) return 'driven';
      return AWAITED_METHODS.has(parent.attr) && awaited.has(grand) ? 'driven' : 'kept';
    }
    case 'Call': {
      const f = parent.func;
      if (f?._type !== 'Name' || !parent.args.includes(name)) return 'kept';
      if (f.id === 'next') return 'driven';
      if (f.id === 'anext') return awaited.has(parent) ? 'driven' : 'kept';
      return SHOWING.has(f.id) ? 'shown' : 'kept';
    }
  }
  return 'kept';
}
