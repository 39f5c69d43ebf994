// The lines where a statement starts: where the per-statement trap can stop.
import { parse } from './parser';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type N = any;

export function executableLines(source: string, filename: string): Set<number> {
  const out = new Set<number>();
  const visit = (n: N): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) { n.forEach(visit); return; }
    if (typeof n._type === 'string' && n.lineno !== undefined && isStatement(n._type)) out.add(n.lineno);
    // Each case's pattern is tried at its line.
    if (n._type === 'match_case') out.add(n.pattern.lineno);
    // A function's docstring runs no code (CPython 3.11 never reports its line); a class's or a
    // module's is stored as __doc__, so it does.
    if ((n._type === 'FunctionDef' || n._type === 'AsyncFunctionDef') && isDocstring(n.body[0])) {
      for (const k of Object.keys(n)) if (k !== '_type' && k !== 'body' && typeof n[k] === 'object') visit(n[k]);
      n.body.slice(1).forEach(visit);
      return;
    }
    for (const k of Object.keys(n)) if (k !== '_type' && typeof n[k] === 'object') visit(n[k]);
  };
  visit(parse(source, filename));
  return out;
}

const STATEMENTS = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'AugAssign', 'AnnAssign',
  'For', 'AsyncFor', 'While', 'If', 'With', 'AsyncWith', 'Raise', 'Try', 'TryStar', 'Assert', 'Import', 'ImportFrom', 'Global',
  'Nonlocal', 'Expr', 'Pass', 'Break', 'Continue', 'Match']);
function isStatement(t: string): boolean { return STATEMENTS.has(t); }

/** The first statement of a body is its docstring: a string constant on its own. */
export function isDocstring(s: N): boolean {
  return s?._type === 'Expr' && s.value._type === 'Constant' && typeof s.value.value === 'string';
}
