// Expressions back to source text, as CPython's Python/ast_unparse.c writes them: the strings that
// annotations become under `from __future__ import annotations`.
import { strRepr } from './unicode';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type N = any;

// Precedence levels (ast_unparse.c).
const PR_TUPLE = 0, PR_TEST = 1, PR_OR = 2, PR_AND = 3, PR_NOT = 4, PR_CMP = 5, PR_BOR = 6, PR_BXOR = 7,
  PR_BAND = 8, PR_SHIFT = 9, PR_ARITH = 10, PR_TERM = 11, PR_FACTOR = 12, PR_POWER = 13, PR_AWAIT = 14, PR_ATOM = 15;

const BINOPS: Record<string, [string, number]> = {
  Add: ['+', PR_ARITH], Sub: ['-', PR_ARITH], Mult: ['*', PR_TERM], MatMult: ['@', PR_TERM], Div: ['/', PR_TERM],
  Mod: ['%', PR_TERM], LShift: ['<<', PR_SHIFT], RShift: ['>>', PR_SHIFT], BitOr: ['|', PR_BOR], BitXor: ['^', PR_BXOR],
  BitAnd: ['&', PR_BAND], FloorDiv: ['//', PR_TERM], Pow: ['**', PR_POWER],
};
const UNARY: Record<string, [string, number]> = { Invert: ['~', PR_FACTOR], Not: ['not ', PR_NOT], UAdd: ['+', PR_FACTOR], USub: ['-', PR_FACTOR] };
const CMPOPS: Record<string, string> = {
  Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in',
};

function constant(v: N): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'string') return strRepr(v);
  if ('int' in v) return String(v.int);
  if ('float' in v) return v.float === 'inf' ? '1e309' : v.float === '-inf' ? '-1e309' : v.float === 'nan' ? '(1e309-1e309)' : v.float;
  if ('ellipsis' in v) return '...';
  if ('bytes' in v) {
    let s = "b'";
    for (const b of v.bytes as number[]) {
      if (b === 0x5c || b === 0x27) s += '\\' + String.fromCharCode(b);
      else if (b === 0x0a) s += '\\n';
      else if (b === 0x0d) s += '\\r';
      else if (b === 0x09) s += '\\t';
      else if (b >= 0x20 && b < 0x7f) s += String.fromCharCode(b);
      else s += '\\x' + b.toString(16).padStart(2, '0');
    }
    return s + "'";
  }
  return String(v);
}

function args(a: N): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  positional.forEach((p: N, i: number) => {
    parts.push(i >= firstDefault ? `${p.arg}=${unparse(a.defaults[i - firstDefault], PR_TEST)}` : p.arg);
    if (a.posonlyargs.length && i === a.posonlyargs.length - 1) parts.push('/');
  });
  if (a.vararg) parts.push('*' + a.vararg.arg);
  else if (a.kwonlyargs.length) parts.push('*');
  a.kwonlyargs.forEach((p: N, i: number) => parts.push(a.kw_defaults[i] ? `${p.arg}=${unparse(a.kw_defaults[i], PR_TEST)}` : p.arg));
  if (a.kwarg) parts.push('**' + a.kwarg.arg);
  return parts.join(', ');
}

function comprehensions(gens: N[]): string {
  return gens.map((g: N) => `${g.is_async ? ' async' : ''} for ${unparse(g.target, PR_TUPLE)} in ${unparse(g.iter, PR_TEST + 1)}` +
    g.ifs.map((c: N) => ` if ${unparse(c, PR_TEST + 1)}`).join('')).join('');
}

function fstringBody(values: N[]): string {
  let out = '';
  for (const v of values) {
    if (v._type === 'Constant') out += (v.value as string).replace(/{/g, '{{').replace(/}/g, '}}');
    else {
      const inner = unparse(v.value, PR_TEST + 1);
      out += `{${inner.startsWith('{') ? ' ' : ''}${inner}`;
      if (v.conversion !== -1) out += '!' + String.fromCharCode(v.conversion);
      if (v.format_spec) out += ':' + fstringBody(v.format_spec.values);
      out += '}';
    }
  }
  return out;
}

/** The source text of expression e at precedence level `level` (parenthesized when it binds less tightly). */
export function unparse(e: N, level = PR_TEST): string {
  const paren = (pr: number, s: string) => (level > pr ? `(${s})` : s);
  switch (e._type) {
    case 'Constant': return constant(e.value);
    case 'Name': return e.id;
    case 'Attribute': {
      const v = unparse(e.value, PR_ATOM);
      // `1 .real`: an int literal needs a space before the dot.
      const sep = e.value._type === 'Constant' && e.value.value && typeof e.value.value === 'object' && 'int' in e.value.value ? ' .' : '.';
      return v + sep + e.attr;
    }
    case 'Subscript': return `${unparse(e.value, PR_ATOM)}[${unparse(e.slice, PR_TUPLE)}]`;
    case 'Starred': return '*' + unparse(e.value, PR_BOR);
    case 'Tuple': {
      if (!e.elts.length) return '()';
      const body = e.elts.map((x: N) => unparse(x, PR_TEST)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return paren(PR_TUPLE, body);
    }
    case 'List': return `[${e.elts.map((x: N) => unparse(x, PR_TEST)).join(', ')}]`;
    case 'Set': return e.elts.length ? `{${e.elts.map((x: N) => unparse(x, PR_TEST)).join(', ')}}` : '{*()}';
    case 'Dict': return `{${e.keys.map((k: N, i: number) => (k === null ? `**${unparse(e.values[i], PR_BOR)}` : `${unparse(k, PR_TEST)}: ${unparse(e.values[i], PR_TEST)}`)).join(', ')}}`;
    case 'BinOp': {
      const [op, pr] = BINOPS[e.op._type];
      const right = op === '**';
      return paren(pr, `${unparse(e.left, right ? pr + 1 : pr)} ${op} ${unparse(e.right, right ? pr : pr + 1)}`);
    }
    case 'UnaryOp': {
      const [op, pr] = UNARY[e.op._type];
      return paren(pr, op + unparse(e.operand, pr));
    }
    case 'BoolOp': {
      const pr = e.op._type === 'And' ? PR_AND : PR_OR;
      return paren(pr, e.values.map((v: N) => unparse(v, pr + 1)).join(e.op._type === 'And' ? ' and ' : ' or '));
    }
    case 'Compare':
      return paren(PR_CMP, unparse(e.left, PR_CMP + 1) + e.ops.map((o: N, i: number) => ` ${CMPOPS[o._type]} ${unparse(e.comparators[i], PR_CMP + 1)}`).join(''));
    case 'IfExp':
      return paren(PR_TEST, `${unparse(e.body, PR_TEST + 1)} if ${unparse(e.test, PR_TEST + 1)} else ${unparse(e.orelse, PR_TEST)}`);
    case 'Lambda': {
      const a = args(e.args);
      return paren(PR_TEST, `lambda${a ? ' ' + a : ''}: ${unparse(e.body, PR_TEST)}`);
    }
    case 'NamedExpr': return paren(PR_TUPLE, `${unparse(e.target, PR_ATOM)} := ${unparse(e.value, PR_ATOM)}`);
    case 'Await': return paren(PR_AWAIT, 'await ' + unparse(e.value, PR_ATOM));
    case 'Yield': return paren(PR_ATOM, e.value ? 'yield ' + unparse(e.value, PR_TEST) : 'yield');
    case 'YieldFrom': return paren(PR_ATOM, 'yield from ' + unparse(e.value, PR_TEST));
    case 'Call': {
      const parts: string[] = [];
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp') {
        return `${unparse(e.func, PR_ATOM)}${unparse(e.args[0], PR_ATOM)}`;
      }
      for (const a of e.args) parts.push(unparse(a, PR_TEST));
      for (const k of e.keywords) parts.push(k.arg === null ? `**${unparse(k.value, PR_TEST)}` : `${k.arg}=${unparse(k.value, PR_TEST)}`);
      return `${unparse(e.func, PR_ATOM)}(${parts.join(', ')})`;
    }
    case 'Slice': {
      let s = (e.lower ? unparse(e.lower, PR_TEST) : '') + ':' + (e.upper ? unparse(e.upper, PR_TEST) : '');
      if (e.step) s += ':' + unparse(e.step, PR_TEST);
      return s;
    }
    case 'ListComp': return `[${unparse(e.elt, PR_TEST)}${comprehensions(e.generators)}]`;
    case 'SetComp': return `{${unparse(e.elt, PR_TEST)}${comprehensions(e.generators)}}`;
    case 'GeneratorExp': return `(${unparse(e.elt, PR_TEST)}${comprehensions(e.generators)})`;
    case 'DictComp': return `{${unparse(e.key, PR_TEST)}: ${unparse(e.value, PR_TEST)}${comprehensions(e.generators)}}`;
    case 'JoinedStr': return 'f' + strRepr(fstringBody(e.values));
    case 'FormattedValue': return 'f' + strRepr(fstringBody([e]));
  }
  throw new Error(`unparse: ${e._type}`);
}
