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
    for (const k of Object.keys(n)) if (k !== '_type' && typeof n[k] === 'object') visit(n[k]);
  };
  visit(parse(source, filename));
  return out;
}

const STATEMENTS = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'AugAssign', 'AnnAssign',
  'For', 'AsyncFor', 'While', 'If', 'With', 'AsyncWith', 'Raise', 'Try', 'TryStar', 'Assert', 'Import', 'ImportFrom', 'Global',
  'Nonlocal', 'Expr', 'Pass', 'Break', 'Continue']);
function isStatement(t: string): boolean { return STATEMENTS.has(t); }
