// Which expression a traceback entry points at, and the caret line CPython 3.11 prints under its
// source line (Python/traceback.c: tb_displayline, extract_anchors_from_expr).
//
// CPython knows the position of the instruction that raised; Yieldpoint's frames record only the
// line of their current statement, so the expression is inferred when the traceback is formatted,
// from the statement's AST: in the frame that raised, from the exception (the name in a NameError
// or AttributeError, the operator a TypeError names, a subscript for IndexError and KeyError, else
// a call); in a calling frame, from the function it was calling (a call of that name, the operator
// of a dunder method, the attribute of a property, a decorator, the await of a coroutine, the call
// that consumed a generator). Where several expressions qualify (two subscripts on a line, either
// of which could raise IndexError) the first to complete is taken; CPython would know which.
// List, set and dict comprehensions run inline here, not in frames of their own: a failure inside
// one is reported as CPython reports it, with a <listcomp>/<setcomp>/<dictcomp> entry.
import { parse } from './parser';
import {
  PyException, TbEntry, isExc, NameError, AttributeError, ZeroDivisionError, TypeError, ValueError, IndexError, KeyError,
  AssertionError, OverflowError,
} from './exceptions';
import { builtins } from './builtins';
import { typeName, repr } from './ops';
import { Frame } from './frame';
import { PyVal } from './object';
import { displayWidth } from './unicode';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type N = any;
/** A candidate expression (or a whole statement), with the inline comprehensions around it. */
interface Cand { node: N; comps: N[] }
/** One entry as printed: the function name, the line, and the expression to underline. */
export interface EntryView { name: string; line: number; node: N | null }

const asts = new WeakMap<string[], N | null>();
function moduleAst(lines: string[], filename: string): N | null {
  let m = asts.get(lines);
  if (m === undefined) {
    try { m = parse(lines.join('\n'), filename); } catch { m = null; }
    asts.set(lines, m);
  }
  return m;
}

const STMT_LISTS = ['body', 'orelse', 'finalbody'];
/** The statements starting on `line` that run in the code named `codeName`. */
function statementsAt(mod: N, codeName: string, line: number): N[] {
  const out: N[] = [];
  const visit = (stmts: N[], owner: string): void => {
    for (const s of stmts) {
      if (s.lineno === line && owner === codeName) out.push(s);
      if (s.lineno > line) return;
      const inner = s._type === 'FunctionDef' || s._type === 'AsyncFunctionDef' || s._type === 'ClassDef' ? s.name : owner;
      for (const k of STMT_LISTS) if (Array.isArray(s[k])) visit(s[k], inner);
      if (Array.isArray(s.handlers)) for (const h of s.handlers) visit(h.body, owner);
      if (Array.isArray(s.cases)) for (const c of s.cases) visit(c.body, owner);
    }
  };
  visit(mod.body, '<module>');
  return out;
}

/** The class, mapping and value patterns and the guards on `line` of the match statements that
 * run in `codeName`: what a traceback entry there can point at. */
function patternsAt(mod: N, codeName: string, line: number): N[] {
  // Patterns nested in sequence, mapping and class patterns come after the outer ones.
  const out: Array<[N, number]> = [];
  const walk = (n: N, owner: string, depth: number): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) { for (const x of n) walk(x, owner, depth); return; }
    if ((n._type === 'MatchClass' || n._type === 'MatchMapping' || n._type === 'MatchValue') && n.lineno === line && owner === codeName) out.push([n, depth]);
    if (n._type === 'match_case' && n.guard?.lineno === line && owner === codeName) out.push([n.guard, depth]);
    const inner = n._type === 'FunctionDef' || n._type === 'AsyncFunctionDef' || n._type === 'ClassDef' ? n.name : owner;
    const nested = n._type === 'MatchSequence' || n._type === 'MatchMapping' || n._type === 'MatchClass' ? depth + 1 : depth;
    for (const k of Object.keys(n)) if (k !== '_type' && typeof n[k] === 'object') walk(n[k], inner, nested);
  };
  walk(mod.body, '<module>', 0);
  return out.sort((a, b) => a[1] - b[1]).map((x) => x[0]);
}

const EXPRS = new Set(['BoolOp', 'NamedExpr', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set', 'ListComp', 'SetComp',
  'DictComp', 'GeneratorExp', 'Await', 'Yield', 'YieldFrom', 'Compare', 'Call', 'FormattedValue', 'JoinedStr', 'Constant',
  'Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple', 'Slice']);
const INLINE_COMPS = new Set(['ListComp', 'SetComp', 'DictComp']);

/** The expressions under n that this frame evaluates, each after its operands (evaluation order). */
function exprs(n: N, comps: N[], out: Cand[]): void {
  if (!n || typeof n !== 'object') return;
  if (Array.isArray(n)) { for (const x of n) exprs(x, comps, out); return; }
  if (n._type === 'Lambda') { exprs(n.args, comps, out); out.push({ node: n, comps }); return; }
  if (n._type === 'GeneratorExp') { exprs(n.generators[0].iter, comps, out); out.push({ node: n, comps }); return; }
  if (INLINE_COMPS.has(n._type)) {
    exprs(n.generators[0].iter, comps, out);
    const inner = [...comps, n];
    n.generators.forEach((g: N, i: number) => {
      if (i > 0) exprs(g.iter, inner, out);
      exprs(g.target, inner, out);
      exprs(g.ifs, inner, out);
    });
    if (n._type === 'DictComp') { exprs(n.key, inner, out); exprs(n.value, inner, out); } else exprs(n.elt, inner, out);
    out.push({ node: n, comps });
    return;
  }
  for (const k of Object.keys(n)) if (k !== '_type' && typeof n[k] === 'object') exprs(n[k], comps, out);
  if (EXPRS.has(n._type)) out.push({ node: n, comps });
}

/** The expressions a statement evaluates itself (not those of the statements in its body). */
function stmtExprs(s: N, out: Cand[]): void {
  const e = (n: N): void => exprs(n, [], out);
  switch (s._type) {
    case 'FunctionDef': case 'AsyncFunctionDef': e(s.decorator_list); e(s.args); return;
    case 'ClassDef': e(s.decorator_list); e(s.bases); e(s.keywords); return;
    case 'Assign': case 'AnnAssign': e(s.value); e(s.targets ?? s.target); return;
    case 'For': case 'AsyncFor': e(s.iter); e(s.target); return;
    case 'While': case 'If': e(s.test); return;
    case 'With': case 'AsyncWith': e(s.items); return;
    case 'Try': case 'TryStar': return;
    case 'Match': e(s.subject); return;
  }
  for (const k of Object.keys(s)) if (k !== '_type' && !STMT_LISTS.includes(k) && typeof s[k] === 'object') e(s[k]);
}

/** Candidates of the frames that run an expression's code: a lambda's body or a generator expression. */
function scopeExprs(mod: N, codeName: string, line: number, out: Cand[]): void {
  const kind = codeName === '<lambda>' ? 'Lambda' : 'GeneratorExp';
  const visit = (n: N): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) { n.forEach(visit); return; }
    if (n._type === kind && n.lineno === line) {
      if (kind === 'Lambda') exprs(n.body, [], out);
      else {
        n.generators.forEach((g: N, i: number) => { if (i > 0) exprs(g.iter, [], out); exprs(g.target, [], out); exprs(g.ifs, [], out); });
        exprs(n.elt, [], out);
      }
      return;
    }
    for (const k of Object.keys(n)) if (k !== '_type' && typeof n[k] === 'object') visit(n[k]);
  };
  visit(mod.body);
}

const termName = (f: N): string | null => (f._type === 'Name' ? f.id : f._type === 'Attribute' ? f.attr : null);
const isCall = (n: N): boolean => n._type === 'Call';
const whole = (s: N | undefined): Cand | null => (s ? { node: s, comps: [] } : null);

const OP_SYMBOLS: Record<string, string> = {
  '+': 'Add', '-': 'Sub', '*': 'Mult', '@': 'MatMult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '** or pow()': 'Pow',
  '<<': 'LShift', '>>': 'RShift', '&': 'BitAnd', '|': 'BitOr', '^': 'BitXor',
};
const CMP_SYMBOLS: Record<string, string[]> = { '<': ['Lt', 'Gt'], '>': ['Gt', 'Lt'], '<=': ['LtE', 'GtE'], '>=': ['GtE', 'LtE'] };
const BINARY_DUNDERS: Record<string, string> = {};
for (const [d, op] of Object.entries({ add: 'Add', sub: 'Sub', mul: 'Mult', matmul: 'MatMult', truediv: 'Div', floordiv: 'FloorDiv',
  mod: 'Mod', pow: 'Pow', lshift: 'LShift', rshift: 'RShift', and: 'BitAnd', or: 'BitOr', xor: 'BitXor' })) {
  for (const p of ['', 'r', 'i']) BINARY_DUNDERS[`__${p}${d}__`] = op;
}
/** What runs a generator's frame: these calls resume it (the call that created it does not). */
const GENERATOR_DRIVERS = new Set(['next', 'send', 'throw', 'close', 'list', 'tuple', 'set', 'dict', 'sorted', 'sum', 'min',
  'max', 'any', 'all', 'join', 'enumerate', 'zip', 'map', 'filter']);
const COMPARE_DUNDERS = new Set(['__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__', '__contains__']);
const UNARY_DUNDERS = new Set(['__neg__', '__pos__', '__invert__']);
const SUBSCRIPT_DUNDERS = new Set(['__getitem__', '__setitem__', '__delitem__', '__missing__', '__class_getitem__']);
const WITH_DUNDERS = new Set(['__enter__', '__exit__', '__aenter__', '__aexit__']);
const ATTRIBUTE_DUNDERS: Record<string, string> = { __setattr__: 'Store', __delattr__: 'Del', __getattr__: 'Load', __getattribute__: 'Load' };
const CONSTRUCTION = new Set(['__init__', '__new__', '__post_init__', '__init_subclass__', '__set_name__']);
/** The builtins that call a dunder method, for a frame that called one implicitly. */
const DUNDER_CALLERS: Record<string, string[]> = {
  __str__: ['str', 'print', 'format'], __repr__: ['repr', 'print', 'ascii'], __format__: ['format'], __len__: ['len'],
  __hash__: ['hash'], __bool__: ['bool'], __int__: ['int'], __float__: ['float'], __index__: ['range', 'hex', 'bin', 'oct'],
  __iter__: ['iter', 'list', 'tuple', 'set', 'sorted', 'dict', 'frozenset', 'enumerate', 'zip', 'sum', 'min', 'max'],
  __next__: ['next', 'list', 'tuple', 'set', 'sorted', 'sum', 'min', 'max'], __round__: ['round'], __abs__: ['abs'],
};

/** What the frame's module globals say about an operand, where that is cheap to know. */
class Operands {
  private globals: Map<string, PyVal> | null = null;
  constructor(private readonly frame: Frame) {
    for (let f: Frame | null = frame; f; f = f.back) if (f.globals) { this.globals = f.globals; break; }
  }
  /** The value of a constant or of a global name (locals are not recorded), or undefined. */
  value(n: N): PyVal {
    if (n._type === 'Constant') {
      const v = n.value;
      if (v === null || typeof v === 'string' || typeof v === 'boolean') return v ?? undefined;
      if (v && typeof v === 'object' && 'int' in v) return Number(v.int);
      return undefined;
    }
    if (n._type === 'Name' && !this.frame.code.varnames.includes(n.id)) return this.globals?.get(n.id);
    return undefined;
  }
  /** The type name of an operand, or null when it is not known before running. */
  type(n: N): string | null {
    switch (n._type) {
      case 'Constant': {
        const v = n.value;
        if (v === null) return 'NoneType';
        if (typeof v === 'string') return 'str';
        if (typeof v === 'boolean') return 'bool';
        return v.int !== undefined ? 'int' : v.float !== undefined ? 'float' : v.bytes !== undefined ? 'bytes' : null;
      }
      case 'JoinedStr': return 'str';
      case 'List': case 'ListComp': return 'list';
      case 'Tuple': return 'tuple';
      case 'Dict': case 'DictComp': return 'dict';
      case 'Set': case 'SetComp': return 'set';
      case 'Name': { const v = this.value(n); return v === undefined ? null : typeName(v); }
      case 'BinOp': {
        const l = this.type(n.left), r = this.type(n.right), op = n.op._type;
        const num = (t: string | null) => t === 'int' || t === 'bool' || t === 'float';
        if (num(l) && num(r)) return op === 'Div' || l === 'float' || r === 'float' ? 'float' : 'int';
        if (op === 'Add' && l === r && (l === 'str' || l === 'list' || l === 'tuple')) return l;
        return null;
      }
    }
    return null;
  }
}

/**
 * Of the candidates that pass `ok`, the one with the best score (known facts that fit the
 * exception); ties go to the first, or to the last (outermost) when `last`.
 */
function best(cs: Cand[], ok: (n: N) => boolean, score: (n: N) => number, last = false): Cand | null {
  let top: Cand | null = null, topScore = -1;
  for (const c of cs) {
    if (!ok(c.node)) continue;
    const sc = score(c.node);
    if (sc > topScore || (last && sc === topScore)) { top = c; topScore = sc; }
  }
  return top;
}
/** Scores operand facts: -1 when one contradicts the exception (it cannot be this one). */
const SEQUENCES = new Set(['list', 'tuple', 'str', 'range', 'bytes']);
const facts = (...checks: Array<boolean | null>): number => (checks.some((x) => x === false) ? -1 : checks.filter((x) => x === true).length);

function binop(cs: Cand[], stmts: N[], ops: string[], score: (n: N) => number = () => 0, last = false): Cand | null {
  const c = best(cs, (n) => n._type === 'BinOp' && ops.includes(n.op._type), score, last);
  if (c) return c;
  return whole(stmts.find((s) => s._type === 'AugAssign' && ops.includes(s.op._type)));
}

function messageOf(e: PyException): string {
  const a = e.args.items[0];
  return typeof a === 'string' ? a : '';
}

/**
 * The call that raised in the frame itself: one the message names (as `name()`, then as a word;
 * of those, one whose argument the message quotes), else one with arguments.
 */
function nativeCall(cs: Cand[], stmts: N[], msg: string, ops: Operands): Cand | null {
  const calls = cs.filter((c) => isCall(c.node));
  const namedAs = (pattern: (n: string) => string) => calls.filter((c) => {
    const n = termName(c.node.func);
    return n !== null && new RegExp(pattern(n.replace(/\W/g, ''))).test(msg);
  });
  const named = [namedAs((n) => `\\b${n}\\(\\)`), namedAs((n) => `\\b${n}\\b`)].find((cs2) => cs2.length > 0) ?? [];
  const quoted = named.find((c) => c.node.args.some((a: N) => { const v = ops.value(a); return v !== undefined && msg.includes(repr(v)); }));
  return iterated(quoted ?? named[0] ?? calls.find((c) => c.node.args.length + c.node.keywords.length > 0) ?? calls[0] ?? null, stmts);
}
/** Builtins whose iterators do their work (and raise) as a for loop takes each item. */
const LAZY = new Set(['zip', 'map', 'filter', 'enumerate', 'reversed', 'iter']);
/** A lazy iterator's call in a for loop's header stands for the loop taking the next item. */
function iterated(c: Cand | null, stmts: N[]): Cand | null {
  if (!c || !LAZY.has(termName(c.node.func) ?? '')) return c;
  return whole(stmts.find((s) => (s._type === 'For' || s._type === 'AsyncFor') && contains(s.iter, c.node))) ?? c;
}
function contains(root: N, n: N): boolean {
  return root.lineno <= n.lineno && (root.lineno < n.lineno || root.col_offset <= n.col_offset) &&
    (root.end_lineno > n.end_lineno || (root.end_lineno === n.end_lineno && root.end_col_offset >= n.end_col_offset));
}

/** Where a failed assert's raise is located (CPython 3.11 gives it the position of the last
 * comparison its test's jumps were compiled from, through `not`, `and` and `or`, whichever operand
 * failed); a test without one leaves it on the statement. */
function assertAnchor(t: N): N | null {
  switch (t._type) {
    case 'Compare': return t;
    case 'UnaryOp': return t.op._type === 'Not' ? assertAnchor(t.operand) : null;
    case 'BoolOp':
      for (let i = t.values.length - 1; i >= 0; i--) { const a = assertAnchor(t.values[i]); if (a) return a; }
      return null;
  }
  return null;
}

/** The expression whose evaluation raised e in this frame. */
function raisedHere(stmts: N[], cs: Cand[], e: PyException, ops: Operands): Cand | null {
  const find = (pred: (n: N) => boolean): Cand | null => cs.find((c) => pred(c.node)) ?? null;
  const msg = messageOf(e);
  const call = () => nativeCall(cs, stmts, msg, ops);
  if (isExc(e, NameError)) {
    const name = e.dict?.get('name') ?? /'([^']+)'/.exec(msg)?.[1];
    const c = find((n) => n._type === 'Name' && n.id === name);
    if (c) return c;
  }
  const raise = stmts.find((s) => s._type === 'Raise');
  if (raise) return whole(raise);
  const assert = stmts.find((s) => s._type === 'Assert');
  if (assert && isExc(e, AssertionError)) return whole(assertAnchor(assert.test) ?? assert);
  if (isExc(e, AttributeError)) {
    const name = e.dict?.get('name') ?? /attribute '([^']+)'/.exec(msg)?.[1];
    const obj = e.dict?.get('obj');
    return best(cs, (n) => n._type === 'Attribute' && n.attr === name, (n) => { const v = ops.value(n.value); return facts(obj === undefined || v === undefined ? null : v === obj); })
      ?? find((n) => isCall(n) && ['getattr', 'setattr', 'delattr'].includes(termName(n.func) ?? '')) ?? call();
  }
  if (isExc(e, ZeroDivisionError)) {
    const zero = (n: N) => { const v = ops.value(n.right); return v === undefined ? null : v === 0 || v === false || (typeof v === 'object' && v?.v === 0); };
    return binop(cs, stmts, ['Div', 'FloorDiv', 'Mod'], (n) => facts(zero(n))) ?? call();
  }
  if (isExc(e, KeyError) || isExc(e, IndexError)) {
    const key = e.args.items[0];
    const isKey = isExc(e, KeyError);
    // A sequence cannot raise KeyError, nor a dict IndexError; a known key or index that fits counts.
    const subscript = (n: N) => {
      if (n._type !== 'Subscript') return false;
      const t = ops.type(n.value);
      return t === null || (isKey ? !SEQUENCES.has(t) : t !== 'dict');
    };
    return best(cs, subscript, (n) => {
      const k = ops.value(n.slice);
      if (isKey) return facts(k === undefined || typeof key === 'object' ? null : k === key);
      const v = ops.value(n.value);
      return facts(typeof k === 'number' && v !== undefined ? !(-lengthOf(v) <= k && k < lengthOf(v)) : null);
    }) ?? call();
  }
  if (isExc(e, OverflowError)) return binop(cs, stmts, ['Pow', 'Div', 'Mult', 'LShift', 'FloorDiv']) ?? call();
  if (isExc(e, TypeError)) {
    let m: RegExpExecArray | null;
    if ((m = /^unsupported operand type\(s\) for ([^:]+): '([^']+)' and '([^']+)'/.exec(msg))) {
      const [, sym, lt, rt] = m;
      if (sym.endsWith('=')) return whole(stmts.find((s) => s._type === 'AugAssign'));
      const op = OP_SYMBOLS[sym];
      return (op ? binop(cs, stmts, [op], operandScore(ops, lt, rt), true) : null) ?? call();
    }
    if ((m = /^can only concatenate (\w+) \(not "(\w+)"\) to/.exec(msg))) return binop(cs, stmts, ['Add'], operandScore(ops, m[1], m[2]), true) ?? call();
    if (/^can't multiply sequence/.test(msg)) return binop(cs, stmts, ['Mult']) ?? call();
    if ((m = /^'([^']+)' not supported between instances/.exec(msg))) {
      const cmp = CMP_SYMBOLS[m[1]] ?? [];
      return find((n) => n._type === 'Compare' && n.ops.some((o: N) => cmp.includes(o._type))) ?? call();
    }
    if (/^bad operand type for unary/.test(msg)) return find((n) => n._type === 'UnaryOp') ?? call();
    if (/not subscriptable|indices must be|item assignment|item deletion|^unhashable type/.test(msg)) {
      return find((n) => n._type === 'Subscript') ?? find((n) => n._type === 'Dict' || n._type === 'Set') ?? call();
    }
    if (/^argument of type .* is not iterable/.test(msg)) return find((n) => n._type === 'Compare') ?? call();
    if (/^cannot unpack/.test(msg)) return unpackTarget(cs) ?? call();
    if (/is not iterable/.test(msg)) {
      // Made by a call in the loop's header (zip(5)), else by the loop itself (for x in 5).
      return (cs.some((c) => isCall(c.node)) ? nativeCall(cs, [], msg, ops) : null) ?? whole(stmts.find((s) => s._type === 'For' || s._type === 'AsyncFor'));
    }
  }
  if (isExc(e, ValueError) && /values to unpack/.test(msg)) return unpackTarget(cs) ?? call();
  if (/format/.test(msg) && !cs.some((c) => isCall(c.node) && /format/.test(termName(c.node.func) ?? ''))) {
    const f = find((n) => n._type === 'JoinedStr' && n.values.some((v: N) => v._type === 'FormattedValue'));
    if (f) return f;
  }
  return call();
}
function operandScore(ops: Operands, lt: string, rt: string): (n: N) => number {
  return (n) => {
    const l = ops.type(n.left), r = ops.type(n.right);
    return facts(l === null ? null : l === lt, r === null ? null : r === rt);
  };
}
function lengthOf(v: PyVal): number {
  if (typeof v === 'string') return v.length;
  const items = (v as { items?: unknown[] }).items;
  return Array.isArray(items) ? items.length : Infinity;
}
function unpackTarget(cs: Cand[]): Cand | null {
  return cs.find((c) => (c.node._type === 'Tuple' || c.node._type === 'List') && c.node.ctx?._type === 'Store') ?? null;
}

/** The expression in this frame that was running `callee` (the next frame in) when it raised. */
function callingHere(stmts: N[], cs: Cand[], callee: TbEntry): Cand | null {
  const find = (pred: (n: N) => boolean): Cand | null => cs.find((c) => pred(c.node)) ?? null;
  const name = callee.code.name, kind = callee.code.kind;
  const op = BINARY_DUNDERS[name];
  if (op) return binop(cs, stmts, [op]);
  if (SUBSCRIPT_DUNDERS.has(name)) return find((n) => n._type === 'Subscript');
  if (COMPARE_DUNDERS.has(name)) return find((n) => n._type === 'Compare');
  if (UNARY_DUNDERS.has(name)) return find((n) => n._type === 'UnaryOp');
  if (WITH_DUNDERS.has(name)) return whole(stmts.find((s) => s._type === 'With' || s._type === 'AsyncWith'));
  if (ATTRIBUTE_DUNDERS[name]) {
    const ctx = ATTRIBUTE_DUNDERS[name];
    return find((n) => n._type === 'Attribute' && n.ctx?._type === ctx) ?? find((n) => n._type === 'Attribute');
  }
  if (name === '<genexpr>') return find((n) => isCall(n) && n.args.some((a: N) => a._type === 'GeneratorExp'));
  const loop = stmts.find((s) => s._type === 'For' || s._type === 'AsyncFor');
  if (kind === 'generator' || kind === 'asyncgen' || name === '__next__' || name === '__anext__') {
    const drivers = cs.filter((c) => isCall(c.node) && termName(c.node.func) !== name);
    return whole(loop) ?? find((n) => n._type === 'YieldFrom' || (kind === 'asyncgen' && n._type === 'Await')) ?? drivers.find((c) => GENERATOR_DRIVERS.has(termName(c.node.func) ?? ''))
      ?? drivers[drivers.length - 1] ?? find((n) => n._type === 'Await');
  }
  if (kind === 'coroutine') return find((n) => n._type === 'Await') ?? find((n) => isCall(n) && ['send', 'throw', 'close'].includes(termName(n.func) ?? '')) ?? find(isCall);
  const called = find((n) => isCall(n) && termName(n.func) === name);
  if (called) return called;
  const cls = stmts.find((s) => s._type === 'ClassDef' && s.name === name);
  if (cls) return whole(cls);
  for (const s of stmts) {
    const deco = s.decorator_list?.find((d: N) => termName(d) === name);
    if (deco) return whole(deco);
  }
  const property = find((n) => n._type === 'Attribute' && n.attr === name);
  if (property) return property;
  const callers = DUNDER_CALLERS[name];
  if (callers) {
    const c = find((n) => isCall(n) && callers.includes(termName(n.func) ?? ''));
    if (c) return c;
  }
  if (name === '__format__' || name === '__str__' || name === '__repr__') {
    const f = find((n) => n._type === 'JoinedStr');
    if (f) return f;
  }
  if (name === '__iter__' && loop) return whole(loop);
  if (CONSTRUCTION.has(name)) return find((n) => isCall(n) && /^[A-Z]/.test(termName(n.func) ?? '')) ?? find(isCall);
  const calls = cs.filter((c) => isCall(c.node));
  return iterated(calls.find((c) => !builtins.has(termName(c.node.func) ?? '')) ?? calls[calls.length - 1] ?? null, stmts);
}

const SUSPENSIONS = new Set(['Await', 'Yield', 'YieldFrom']);
const COMP_NAMES: Record<string, string> = { ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>' };

/**
 * The entries one traceback entry prints as: itself, naming the line of the expression it points
 * at, followed by an entry for each inline comprehension that expression is in.
 */
export function entryViews(t: TbEntry, callee: TbEntry | null, e: PyException, lines: string[] | undefined): EntryView[] {
  const plain = [{ name: t.code.name, line: t.line, node: null }];
  if (!lines) return plain;
  const mod = moduleAst(lines, t.code.filename);
  if (!mod) return plain;
  const cs: Cand[] = [];
  let stmts: N[] = [];
  if (t.code.name === '<lambda>' || t.code.name === '<genexpr>') scopeExprs(mod, t.code.name, t.line, cs);
  else {
    stmts = statementsAt(mod, t.code.name, t.line);
    for (const s of stmts) stmtExprs(s, cs);
  }
  if (!stmts.length && t.code.name !== '<lambda>' && t.code.name !== '<genexpr>') {
    // A case line: a guard's expressions, else the pattern that raised or made the call.
    const ps = patternsAt(mod, t.code.name, t.line);
    for (const g of ps) if (!g._type.startsWith('Match')) exprs(g, [], cs);
    if (!cs.length) {
      const want = callee ? (callee.code.name === '__eq__' ? ['MatchValue'] : ['MatchClass']) : isExc(e, TypeError) ? ['MatchClass'] : isExc(e, ValueError) ? ['MatchMapping'] : [];
      const p = want.map((k) => ps.find((n) => n._type === k)).find((n) => n);
      if (p) return [{ name: t.code.name, line: t.line, node: p }];
    }
  }
  const c = callee ? callingHere(stmts, cs, callee)
    : (t.atSuspension ? cs.find((x) => SUSPENSIONS.has(x.node._type)) : null) ?? raisedHere(stmts, cs, e, new Operands(t.frame as Frame));
  if (!c) return plain;
  const chain = [...c.comps, c.node];
  return chain.map((node, i) => ({ name: i === 0 ? t.code.name : COMP_NAMES[chain[i - 1]._type], line: node.lineno, node }));
}

const isBlank = (c: string): boolean => c === ' ' || c === '\t' || c === '\f';

/** The caret line under `src` for node, or null where CPython elides it (it would span the line). */
export function caretLine(src: string, node: N): string | null {
  const chars = Array.from(src);
  let indent = 0;
  while (indent < chars.length && isBlank(chars[indent])) indent++;
  const start: number = node.col_offset;
  let end: number = node.end_col_offset;
  let left = -1, right = -1, primary = '^', secondary = '^';
  if (node.lineno === node.end_lineno) {
    const seg = chars.slice(start, end);
    if (node._type === 'BinOp') {
      const r = node.right.col_offset - start;
      for (let i = node.left.end_col_offset - start; i < r; i++) {
        if (isBlank(seg[i])) continue;
        left = i; right = i + 1;
        if (i + 1 < r && !isBlank(seg[i + 1])) right++;
        if (i + 1 < r && seg[i] === ')') continue;
        primary = '~'; secondary = '^';
        break;
      }
    } else if (node._type === 'Subscript') {
      left = node.value.end_col_offset - start;
      right = node.slice.end_col_offset - start + 1;
      while (left < seg.length && seg[left] !== '[') left++;
      while (right < seg.length && seg[right] !== ']') right++;
      if (right < seg.length) right++;
      primary = '~'; secondary = '^';
    }
  } else {
    let i = chars.length;
    while (--i >= 0 && isBlank(chars[i]));
    end = i + 1;
  }
  if (end - start === chars.length - indent && left < 0) return null;
  // Columns count as the terminal shows them: East Asian wide characters take two.
  const width = (from: number, to: number) => { let w = 0; for (let i = from; i < to; i++) w += displayWidth(chars[i].codePointAt(0)!); return w; };
  let out = ' '.repeat(4 + width(indent, start));
  if (left < 0) return out + '^'.repeat(width(start, end));
  const l = width(start, start + left), r = width(start, start + right);
  return out + primary.repeat(l) + secondary.repeat(r - l) + primary.repeat(width(start, end) - r);
}
