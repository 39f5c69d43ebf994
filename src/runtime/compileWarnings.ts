// The SyntaxWarnings CPython 3.11's compiler (Python/compile.c) issues while compiling a module,
// before it runs: "is" with a literal, calling or subscripting a literal that cannot be, indexing a
// sequence literal with a non-integer literal (each "perhaps you missed a comma?"), and an assert
// on a non-empty tuple. Literals are seen after constant folding: a signed number, and a tuple of
// constants, count as constants.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type N = any;
export interface CompileWarning { lineno: number; message: string }

/** Whether the AST optimizer folds e into a constant (as codegen's isFoldedConst). */
function folded(e: N): boolean {
  switch (e._type) {
    case 'Constant': return true;
    case 'UnaryOp': {
      const o = e.operand, op = e.op._type;
      if (o._type !== 'Constant') return o._type === 'UnaryOp' && op !== 'Invert' && folded(o);
      const v = o.value;
      if (op === 'Not') return true;
      return typeof v === 'boolean' || (v !== null && typeof v === 'object' && ('int' in v || (op !== 'Invert' && 'float' in v)));
    }
    case 'Tuple': return e.elts.every(folded);
  }
  return false;
}

/** The type name of a folded constant. */
function constType(e: N): string {
  if (e._type === 'Tuple') return 'tuple';
  if (e._type === 'UnaryOp') {
    if (e.op._type === 'Not') return 'bool';
    const t = constType(e.operand);
    return t === 'bool' ? 'int' : t;
  }
  const v = e.value;
  if (v === null) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'str';
  if ('int' in v) return 'int';
  if ('float' in v) return 'float';
  if ('bytes' in v) return 'bytes';
  if ('ellipsis' in v) return 'ellipsis';
  return 'complex';
}

/** compile.c's infer_type: the type an expression certainly has, or null. */
function inferType(e: N): string | null {
  if (folded(e)) return constType(e);
  switch (e._type) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
  }
  return null;
}

/** check_is_arg: not a literal, or one of the singletons `is` is meant for. */
function isArgOk(e: N): boolean {
  if (!folded(e)) return true;
  if (e._type !== 'Constant') return false;
  const v = e.value;
  return v === null || typeof v === 'boolean' || (typeof v === 'object' && 'ellipsis' in v);
}

function checkCompare(e: N, warn: (e: N, m: string) => void): void {
  let left = isArgOk(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i]._type;
    const right = isArgOk(e.comparators[i]);
    if ((op === 'Is' || op === 'IsNot') && (!left || !right)) {
      warn(e, op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
      return;
    }
    left = right;
  }
}

const CALLEE_KINDS = new Set(['Tuple', 'List', 'ListComp', 'Dict', 'DictComp', 'Set', 'SetComp', 'GeneratorExp', 'JoinedStr', 'FormattedValue']);

function checkCaller(e: N, warn: (e: N, m: string) => void): void {
  const f = e.func;
  if (folded(f) || CALLEE_KINDS.has(f._type)) warn(e, `'${inferType(f)}' object is not callable; perhaps you missed a comma?`);
}

function checkSubscript(e: N, warn: (e: N, m: string) => void): void {
  const v = e.value;
  // check_subscripter
  let unsubscriptable = v._type === 'Set' || v._type === 'SetComp' || v._type === 'GeneratorExp' || v._type === 'Lambda';
  if (folded(v)) unsubscriptable = ['NoneType', 'ellipsis', 'int', 'bool', 'float', 'complex'].includes(constType(v));
  if (unsubscriptable) {
    warn(e, `'${inferType(v)}' object is not subscriptable; perhaps you missed a comma?`);
    return;
  }
  // check_index
  const it = inferType(e.slice);
  if (it === null || it === 'int' || it === 'bool') return;
  const seq = folded(v) ? ['str', 'bytes', 'tuple'].includes(constType(v))
    : ['Tuple', 'List', 'ListComp', 'JoinedStr', 'FormattedValue'].includes(v._type);
  if (seq) warn(e, `${inferType(v)} indices must be integers or slices, not ${it}; perhaps you missed a comma?`);
}

/** The compile-time warnings of a module, in the order CPython's compiler issues them. The
 * compiler emits some code more than once, and warns each time: a while loop's test (before the
 * body and after it), and a finally body (on the normal path, on the exceptional one, and at each
 * return, break or continue leaving its try). */
export function compileWarnings(mod: N): CompileWarning[] {
  const out: CompileWarning[] = [];
  const warn = (n: N, message: string) => out.push({ lineno: n.lineno, message });
  // the blocks a return/break/continue unwinds: loops, and try statements with a finally body
  type Block = { loop: true } | { finally: N[] };
  let blocks: Block[] = [];
  const unwind = (toLoop: boolean): void => {
    for (let i = blocks.length - 1; i >= 0; i--) {
      const b = blocks[i];
      if ('loop' in b) { if (toLoop) return; continue; }
      const saved = blocks;
      blocks = blocks.slice(0, i);
      visit(b.finally);
      blocks = saved;
    }
  };
  const inBlock = (b: Block, n: N): void => { blocks.push(b); visit(n); blocks.pop(); };
  const visit = (n: N): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) { for (const x of n) visit(x); return; }
    switch (n._type) {
      case 'Compare': checkCompare(n, warn); break;
      case 'Call': checkCaller(n, warn); break;
      case 'Subscript': if (!n.ctx || n.ctx._type === 'Load') checkSubscript(n, warn); break;
      case 'Assert':
        if (n.test._type === 'Tuple' && n.test.elts.length > 0) warn(n, 'assertion is always true, perhaps remove parentheses?');
        break;
      case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef': case 'Lambda': {
        // decorators, then defaults (or bases), then the body, which unwinds only its own blocks
        visit(n.decorator_list);
        if (n._type === 'ClassDef') { visit(n.bases); visit(n.keywords); } else { visit(n.args); visit(n.returns); }
        const saved = blocks;
        blocks = [];
        visit(n.body);
        blocks = saved;
        return;
      }
      case 'Return': visit(n.value); unwind(false); return;
      case 'Break': case 'Continue': unwind(true); return;
      case 'While':
        visit(n.test);
        inBlock({ loop: true }, n.body);
        visit(n.test);
        visit(n.orelse);
        return;
      case 'For': case 'AsyncFor':
        visit(n.target); visit(n.iter);
        inBlock({ loop: true }, n.body);
        visit(n.orelse);
        return;
      case 'Try': case 'TryStar': {
        const fin = n.finalbody && n.finalbody.length ? n.finalbody : null;
        if (fin) blocks.push({ finally: fin });
        // try/except: the body, the else, then the handlers
        visit(n.body);
        visit(n.orelse);
        visit(n.handlers);
        if (fin) {
          blocks.pop();
          visit(fin);
          visit(fin);
        }
        return;
      }
    }
    for (const k of Object.keys(n)) if (k !== '_type' && typeof n[k] === 'object') visit(n[k]);
  };
  visit(mod.body);
  return out;
}

/** The warnings as `warnings.showwarning` prints them. */
export function formatCompileWarnings(ws: CompileWarning[], filename: string, lines: string[]): string {
  return ws.map((w) => {
    const text = (lines[w.lineno - 1] ?? '').trim();
    return `${filename}:${w.lineno}: SyntaxWarning: ${w.message}\n${text ? `  ${text}\n` : ''}`;
  }).join('');
}
