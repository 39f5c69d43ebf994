/** Recursive-descent parser producing CPython-3.11-shaped ASTs, with CPython's syntax error messages. */
import * as A from './ast';
import { LexError, T, Token, normalizeSource, tokenize } from './lexer';
import { PySyntaxError, SyntaxErrorKind } from './sourceError';

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
/** Keywords that can begin an expression. */
const EXPR_KEYWORDS = new Set(['None', 'True', 'False', 'not', 'lambda', 'await']);
const AUG_OPS: Record<string, A.OperatorName> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '**=': 'Pow',
  '<<=': 'LShift', '>>=': 'RShift', '|=': 'BitOr', '^=': 'BitXor', '&=': 'BitAnd', '//=': 'FloorDiv',
};
const CMP_OPS: Record<string, A.CmpOpName> = { '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE' };

interface Start {
  lineno: number;
  col_offset: number;
}

type TargetKind = 'star' | 'del' | 'for';

// ---------------------------------------------------------------- number and string literals

function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = x.toExponential().split('e');
  const exp = Number(expStr);
  const digits = mant.replace('-', '').replace('.', '');
  const sign = x < 0 ? '-' : '';
  if (exp >= -5 && exp < 16) {
    if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
    if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
    return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  }
  const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

function numberValue(text: string): A.ConstantValue {
  const s = text.replace(/_/g, '');
  const last = s[s.length - 1];
  if (last === 'j' || last === 'J') {
    const r = pyFloatRepr(Number(s.slice(0, -1)));
    return { complex: (r.endsWith('.0') ? r.slice(0, -2) : r) + 'j' };
  }
  if (/^0[xob]/i.test(s) || !/[.eE]/.test(s)) return { int: BigInt(s.replace(/^0+(?=\d)/, '')).toString() };
  return { float: pyFloatRepr(Number(s)) };
}

class StringError extends Error {}

/** Decodes backslash escapes of a (non-raw) str or bytes literal body. */
function decodeEscapes(body: string, isBytes: boolean): string {
  if (body.indexOf('\\') < 0) return body;
  let out = '';
  const n = body.length;
  for (let i = 0; i < n; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    switch (e) {
      case '\n': break;
      case '\\': case "'": case '"': out += e; break;
      case 'a': out += '\x07'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case 'x': case 'u': case 'U': {
        if ((e === 'u' || e === 'U') && isBytes) {
          out += '\\' + e;
          break;
        }
        const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = body.substr(i + 1, len);
        if (hex.length < len || !/^[0-9a-fA-F]+$/.test(hex)) {
          throw new StringError(
            isBytes
              ? `(value error) invalid \\x escape at position ${out.length}`
              : `(unicode error) 'unicodeescape' codec can't decode bytes in position ${out.length}-${out.length + 1 + hex.replace(/[^0-9a-fA-F].*$/, '').length}: truncated \\${e === 'x' ? 'xXX' : e === 'u' ? 'uXXXX' : 'UXXXXXXXX'} escape`,
          );
        }
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff) {
          throw new StringError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${out.length}-${out.length + 9}: illegal Unicode character`);
        }
        out += String.fromCodePoint(cp);
        i += len;
        break;
      }
      case 'N':
        if (isBytes) {
          out += '\\N';
          break;
        }
        throw new StringError('\\N{...} escapes');
      default:
        if (e >= '0' && e <= '7') {
          let v = 0;
          let k = 0;
          while (k < 3 && body[i + k] >= '0' && body[i + k] <= '7') v = v * 8 + (body.charCodeAt(i + k++) - 48);
          i += k - 1;
          out += String.fromCharCode(isBytes ? v & 0xff : v);
        } else if (e === undefined) {
          out += '\\';
        } else {
          out += '\\' + e;
        }
    }
  }
  return out;
}

interface StrTok {
  tok: Token;
  prefix: string;
  body: string;
}

function splitString(tok: Token): StrTok {
  const v = tok.value;
  let i = 0;
  while (v[i] !== '"' && v[i] !== "'") i++;
  const q = v[i];
  const triple = v[i + 1] === q && v[i + 2] === q && v.length - i >= 6;
  const ql = triple ? 3 : 1;
  return { tok, prefix: v.slice(0, i).toLowerCase(), body: v.slice(i + ql, v.length - ql) };
}

// ---------------------------------------------------------------- parser

class Parser {
  private p = 0;
  private readonly toks: Token[];

  constructor(
    toks: Token[],
    private readonly lexErr: LexError | null,
    private readonly lines: string[],
    private readonly filename: string,
    private readonly inFString = false,
  ) {
    this.toks = toks;
  }

  // ---- token helpers

  private tok(k = 0): Token {
    const i = Math.min(this.p + k, this.toks.length - 1);
    const t = this.toks[i];
    if (t.type === T.ERROR && this.lexErr) throw this.lexErr.error;
    return t;
  }
  private next(): Token {
    const t = this.tok();
    this.p++;
    return t;
  }
  private isOp(s: string, k = 0): boolean {
    const t = this.tok(k);
    return t.type === T.OP && t.value === s;
  }
  private isKw(s: string, k = 0): boolean {
    const t = this.tok(k);
    return t.type === T.NAME && t.value === s;
  }
  private isName(k = 0): boolean {
    const t = this.tok(k);
    return t.type === T.NAME && !KEYWORDS.has(t.value);
  }
  private get prev(): Token {
    return this.toks[this.p - 1];
  }
  private start(): Start {
    const t = this.tok();
    return { lineno: t.lineno, col_offset: t.col };
  }
  private loc(s: Start): A.Pos {
    const e = this.prev;
    return { lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.endLineno, end_col_offset: e.endCol };
  }
  private static span(s: Start, e: A.Pos): A.Pos {
    return { lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
  }

  // ---- errors

  private error(msg: string, lineno: number, offset: number, endLineno?: number, endOffset?: number, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    const m = this.inFString && kind !== 'unsupported' ? `f-string: ${msg}` : msg;
    return new PySyntaxError(kind, m, this.filename, lineno, offset, this.lines[lineno - 1] ?? '', endLineno, endOffset);
  }
  private errorAtTok(msg: string, t: Token, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    return this.error(msg, t.lineno, t.col + 1, t.endLineno, t.endCol + 1, kind);
  }
  private errorAtNode(msg: string, n: A.Pos, end: A.Pos = n): PySyntaxError {
    return this.error(msg, n.lineno, n.col_offset + 1, end.end_lineno, end.end_col_offset + 1);
  }
  /** Generic error at the current token (CPython's "invalid syntax" and its indentation variants). */
  private fail(t: Token = this.tok()): PySyntaxError {
    if (t.type === T.INDENT) return this.error('unexpected indent', t.lineno, t.endCol, t.lineno, -1, 'IndentationError');
    if (t.type === T.DEDENT) return this.error('unexpected unindent', t.lineno, 0, t.lineno, -1, 'IndentationError');
    return this.errorAtTok('invalid syntax', t);
  }
  private expectOp(s: string): Token {
    if (!this.isOp(s)) throw this.fail();
    return this.next();
  }
  private expectKw(s: string): Token {
    if (!this.isKw(s)) throw this.fail();
    return this.next();
  }
  private expectColon(forced: boolean): void {
    if (this.isOp(':')) {
      this.next();
      return;
    }
    const t = this.tok();
    if (forced || t.type === T.NEWLINE) throw this.errorAtTok("expected ':'", t);
    throw this.fail();
  }
  private name(): string {
    if (!this.isName()) throw this.fail();
    return this.next().value;
  }

  // ---- module and statements

  parseModule(): A.Module {
    const body: A.Stmt[] = [];
    while (this.tok().type !== T.ENDMARKER) {
      if (this.tok().type === T.NEWLINE) {
        this.next();
        continue;
      }
      this.statement(body);
    }
    return { _type: 'Module', body, type_ignores: [] };
  }

  private statement(out: A.Stmt[]): void {
    const t = this.tok();
    if (t.type === T.NAME) {
      switch (t.value) {
        case 'def': out.push(this.funcDef([], null)); return;
        case 'class': out.push(this.classDef([])); return;
        case 'if': out.push(this.ifStmt()); return;
        case 'while': out.push(this.whileStmt()); return;
        case 'for': out.push(this.forStmt(null)); return;
        case 'with': out.push(this.withStmt(null)); return;
        case 'try': out.push(this.tryStmt()); return;
        case 'async': {
          const a = this.tok(1);
          if (a.type === T.NAME && (a.value === 'def' || a.value === 'for' || a.value === 'with')) {
            this.next();
            if (a.value === 'def') out.push(this.funcDef([], t));
            else if (a.value === 'for') out.push(this.forStmt(t));
            else out.push(this.withStmt(t));
            return;
          }
          break;
        }
        case 'match':
          this.checkMatch();
          break;
      }
    } else if (t.type === T.OP && t.value === '@') {
      out.push(this.decorated());
      return;
    }
    this.simpleStmts(out);
  }

  /** `match` is a soft keyword: refuse the statement form, keep `match` usable as a name. */
  private checkMatch(): void {
    const save = this.p;
    const t = this.next();
    let isMatch = false;
    try {
      if (!this.isOp('=') && !this.isOp(':') && this.canStartExpr()) {
        this.starNamedExpressions();
        isMatch = this.isOp(':') && this.tok(1).type === T.NEWLINE;
      }
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
    }
    this.p = save;
    if (isMatch) throw this.error('match statement', t.lineno, t.col + 1, t.endLineno, t.endCol + 1, 'unsupported');
  }

  private block(kw: Token, what: string): A.Stmt[] {
    if (this.tok().type !== T.NEWLINE) {
      const out: A.Stmt[] = [];
      this.simpleStmts(out);
      return out;
    }
    this.next();
    const t = this.tok();
    if (t.type !== T.INDENT) {
      const offset = t.type === T.DEDENT ? 0 : t.col + 1;
      throw this.error(`expected an indented block after ${what} on line ${kw.lineno}`, t.lineno, offset, t.lineno, -1, 'IndentationError');
    }
    this.next();
    const out: A.Stmt[] = [];
    while (this.tok().type !== T.DEDENT) {
      if (this.tok().type === T.ENDMARKER) break;
      this.statement(out);
    }
    this.next();
    return out;
  }

  private static endOf(stmts: A.Stmt[]): A.Pos {
    return stmts[stmts.length - 1];
  }

  private simpleStmts(out: A.Stmt[]): void {
    for (;;) {
      out.push(this.simpleStmt());
      if (this.isOp(';')) {
        this.next();
        if (this.tok().type === T.NEWLINE) break;
        continue;
      }
      if (this.tok().type === T.NEWLINE) break;
      throw this.fail();
    }
    this.next();
  }

  private simpleStmt(): A.Stmt {
    const t = this.tok();
    const s = this.start();
    if (t.type === T.NAME) {
      switch (t.value) {
        case 'pass': this.next(); return { _type: 'Pass', ...this.loc(s) };
        case 'break': this.next(); return { _type: 'Break', ...this.loc(s) };
        case 'continue': this.next(); return { _type: 'Continue', ...this.loc(s) };
        case 'return': {
          this.next();
          const value = this.atSimpleEnd() ? null : this.starExpressions();
          return { _type: 'Return', value, ...this.loc(s) };
        }
        case 'raise': {
          this.next();
          let exc: A.Expr | null = null;
          let cause: A.Expr | null = null;
          if (!this.atSimpleEnd()) {
            exc = this.expression();
            if (this.isKw('from')) {
              this.next();
              cause = this.expression();
            }
          }
          return { _type: 'Raise', exc, cause, ...this.loc(s) };
        }
        case 'global':
        case 'nonlocal': {
          this.next();
          const names = [this.name()];
          while (this.isOp(',')) {
            this.next();
            names.push(this.name());
          }
          return t.value === 'global' ? { _type: 'Global', names, ...this.loc(s) } : { _type: 'Nonlocal', names, ...this.loc(s) };
        }
        case 'del': return this.delStmt(s);
        case 'assert': {
          this.next();
          const test = this.expression();
          let msg: A.Expr | null = null;
          if (this.isOp(',')) {
            this.next();
            msg = this.expression();
          }
          return { _type: 'Assert', test, msg, ...this.loc(s) };
        }
        case 'import': return this.importStmt(s);
        case 'from': return this.fromImport(s);
      }
    }
    return this.exprStmt(s);
  }

  private atSimpleEnd(): boolean {
    const t = this.tok();
    return t.type === T.NEWLINE || (t.type === T.OP && t.value === ';');
  }

  private delStmt(s: Start): A.Delete {
    this.next();
    const targets: A.Expr[] = [];
    for (;;) {
      const e = this.bitwiseOr();
      this.setCtx(e, 'del');
      targets.push(e);
      if (!this.isOp(',')) break;
      this.next();
      if (this.atSimpleEnd()) break;
    }
    if (!this.atSimpleEnd()) throw this.fail();
    return { _type: 'Delete', targets, ...this.loc(s) };
  }

  private dottedName(): string {
    let n = this.name();
    while (this.isOp('.')) {
      this.next();
      n += '.' + this.name();
    }
    return n;
  }

  private importStmt(s: Start): A.Import {
    this.next();
    const names: A.Alias[] = [];
    for (;;) {
      const as = this.start();
      const name = this.dottedName();
      let asname: string | null = null;
      if (this.isKw('as')) {
        this.next();
        asname = this.name();
      }
      names.push({ _type: 'alias', name, asname, ...this.loc(as) });
      if (!this.isOp(',')) break;
      this.next();
    }
    return { _type: 'Import', names, ...this.loc(s) };
  }

  private fromImport(s: Start): A.ImportFrom {
    this.next();
    let level = 0;
    while (this.isOp('.') || this.isOp('...')) level += this.next().value.length;
    const module = level > 0 && this.isKw('import') ? null : this.dottedName();
    this.expectKw('import');
    const names: A.Alias[] = [];
    if (this.isOp('*')) {
      const as = this.start();
      this.next();
      names.push({ _type: 'alias', name: '*', asname: null, ...this.loc(as) });
    } else {
      const paren = this.isOp('(');
      if (paren) this.next();
      for (;;) {
        const as = this.start();
        const name = this.name();
        let asname: string | null = null;
        if (this.isKw('as')) {
          this.next();
          asname = this.name();
        }
        names.push({ _type: 'alias', name, asname, ...this.loc(as) });
        if (!this.isOp(',')) break;
        this.next();
        if (paren && this.isOp(')')) break;
        if (!paren && this.tok().type === T.NEWLINE) {
          throw this.errorAtTok('trailing comma not allowed without surrounding parentheses', this.tok());
        }
      }
      if (paren) this.expectOp(')');
    }
    return { _type: 'ImportFrom', module, names, level, ...this.loc(s) };
  }

  private exprStmt(s: Start): A.Stmt {
    const first = this.tok();
    const e = this.isKw('yield') ? this.yieldExpr() : this.starExpressions(true);
    if (this.isOp('=')) {
      const targets: A.Expr[] = [e];
      let value: A.Expr;
      for (;;) {
        this.next();
        value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
        if (!this.isOp('=')) break;
        targets.push(value);
      }
      this.checkAssignTargets(targets, value);
      return { _type: 'Assign', targets, value, type_comment: null, ...this.loc(s) };
    }
    const t = this.tok();
    if (t.type === T.OP && AUG_OPS[t.value] !== undefined) {
      if (e._type !== 'Name' && e._type !== 'Attribute' && e._type !== 'Subscript') {
        throw this.errorAtNode(`'${exprName(e)}' is an illegal expression for augmented assignment`, e);
      }
      this.next();
      const value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
      this.setCtx(e, 'star');
      return { _type: 'AugAssign', target: e, op: { _type: AUG_OPS[t.value] }, value, ...this.loc(s) };
    }
    if (this.isOp(':')) {
      if (e._type === 'Tuple' || e._type === 'List') {
        throw this.errorAtNode(`only single target (not ${e._type === 'Tuple' ? 'tuple' : 'list'}) can be annotated`, e);
      }
      if (e._type !== 'Name' && e._type !== 'Attribute' && e._type !== 'Subscript') throw this.errorAtNode('illegal target for annotation', e);
      this.next();
      const annotation = this.expression();
      let value: A.Expr | null = null;
      if (this.isOp('=')) {
        this.next();
        value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
      }
      this.setCtx(e, 'star');
      const simple = e._type === 'Name' && !(first.type === T.OP && first.value === '(') ? 1 : 0;
      return { _type: 'AnnAssign', target: e, annotation, value, simple, ...this.loc(s) };
    }
    if (e._type === 'Name' && (e.id === 'print' || e.id === 'exec') && this.canStartExpr() && !this.isOp('(')) {
      const b = this.starExpressions();
      throw this.errorAtNode(`Missing parentheses in call to '${e.id}'. Did you mean ${e.id}(...)?`, e, b);
    }
    return { _type: 'Expr', value: e, ...this.loc(s) };
  }

  private checkAssignTargets(targets: A.Expr[], value: A.Expr): void {
    for (let i = 0; i < targets.length; i++) {
      const t = targets[i];
      if (t._type === 'Yield' || t._type === 'YieldFrom') throw this.errorAtNode('assignment to yield expression not possible', t);
      const bad = invalidTarget(t, 'star');
      if (!bad) continue;
      if (i === 0 && targets.length === 1) {
        // CPython's invalid_named_expression fires on the element right before '='.
        const last = t._type === 'Tuple' && !this.isParenthesized(t) ? t.elts[t.elts.length - 1] : t;
        if (bad === last && isBitwiseLevel(last) && !isExcludedNamedTarget(last, this)) {
          throw this.errorAtNode(`cannot assign to ${exprName(last)} here. Maybe you meant '==' instead of '='?`, last);
        }
      }
      if (t._type === 'Tuple' && !this.isParenthesized(t) && i === 0 && targets.length === 1) {
        const last = t.elts[t.elts.length - 1];
        if (last._type === 'Name' && isBitwiseLevel(value)) {
          throw this.errorAtNode("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", last, value);
        }
      }
      if (bad._type === 'Starred' && bad === t) throw this.errorAtNode('starred assignment target must be in a list or tuple', t);
      throw this.errorAtNode(`cannot assign to ${exprName(bad)}`, bad);
    }
    for (const t of targets) this.setCtx(t, 'star');
  }

  /** Whether the node's source text starts with '(' (a parenthesized tuple, for instance). */
  isParenthesized(n: A.Pos): boolean {
    const line = this.lines[n.lineno - 1] ?? '';
    return [...line][n.col_offset] === '(';
  }

  /** Converts an expression to a Store/Del target in place, raising CPython's error for invalid ones. */
  private setCtx(e: A.Expr, kind: TargetKind): void {
    const bad = invalidTarget(e, kind);
    if (bad) {
      const verb = kind === 'del' ? 'delete' : 'assign to';
      throw this.errorAtNode(`cannot ${verb} ${exprName(bad)}`, bad);
    }
    applyCtx(e, kind === 'del' ? { _type: 'Del' } : { _type: 'Store' });
  }

  private decorated(): A.Stmt {
    const decorators: A.Expr[] = [];
    while (this.isOp('@')) {
      this.next();
      decorators.push(this.namedExpression());
      if (this.tok().type !== T.NEWLINE) throw this.fail();
      this.next();
    }
    if (this.isKw('def')) return this.funcDef(decorators, null);
    if (this.isKw('class')) return this.classDef(decorators);
    if (this.isKw('async') && this.isKw('def', 1)) {
      const a = this.next();
      return this.funcDef(decorators, a);
    }
    throw this.fail();
  }

  private funcDef(decorator_list: A.Expr[], asyncTok: Token | null): A.FunctionDef | A.AsyncFunctionDef {
    const kw = this.next();
    const s: Start = asyncTok ? { lineno: asyncTok.lineno, col_offset: asyncTok.col } : { lineno: kw.lineno, col_offset: kw.col };
    const name = this.name();
    this.expectOp('(');
    const args = this.parameters(')', true);
    this.expectOp(')');
    let returns: A.Expr | null = null;
    if (this.isOp('->')) {
      this.next();
      returns = this.expression();
    }
    this.expectColon(true);
    const body = this.block(asyncTok ?? kw, 'function definition');
    const pos = Parser.span(s, Parser.endOf(body));
    return asyncTok
      ? { _type: 'AsyncFunctionDef', name, args, body, decorator_list, returns, type_comment: null, ...pos }
      : { _type: 'FunctionDef', name, args, body, decorator_list, returns, type_comment: null, ...pos };
  }

  private parameters(close: string, annotations: boolean): A.Arguments {
    const a: A.Arguments = { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
    let star = false;
    let slash = false;
    const param = (starAnn: boolean): A.Arg => {
      const s = this.start();
      const arg = this.name();
      let annotation: A.Expr | null = null;
      if (annotations && this.isOp(':')) {
        this.next();
        annotation = starAnn && this.isOp('*') ? this.starExpression() : this.expression();
      }
      return { _type: 'arg', arg, annotation, type_comment: null, ...this.loc(s) };
    };
    while (!this.isOp(close)) {
      const t = this.tok();
      if (this.isOp('/')) {
        if (slash) throw this.errorAtTok('/ may appear only once', t);
        if (star) throw this.errorAtTok('/ must be ahead of *', t);
        if (a.args.length === 0) throw this.errorAtTok('at least one argument must precede /', t);
        this.next();
        slash = true;
        a.posonlyargs = a.args;
        a.args = [];
      } else if (this.isOp('**')) {
        this.next();
        a.kwarg = param(false);
        if (this.isOp(',')) this.next();
        if (!this.isOp(close)) {
          const u = this.tok();
          if (this.isName() || this.isOp('*') || this.isOp('**') || this.isOp('/')) {
            throw this.errorAtTok('arguments cannot follow var-keyword argument', u);
          }
          throw this.fail();
        }
        break;
      } else if (this.isOp('*')) {
        if (star) throw this.errorAtTok('* argument may appear only once', t);
        this.next();
        star = true;
        if (this.isOp(',') || this.isOp(close)) {
          const after = this.isOp(',') ? this.tok(1) : this.tok();
          if ((after.type === T.OP && (after.value === close || after.value === '**'))) {
            throw this.errorAtTok('named arguments must follow bare *', t);
          }
        } else {
          a.vararg = param(true);
          if (this.isOp('=')) throw this.errorAtTok('var-positional argument cannot have default value', this.tok());
        }
      } else {
        const p = param(false);
        let def: A.Expr | null = null;
        if (this.isOp('=')) {
          this.next();
          def = this.expression();
        }
        if (star) {
          a.kwonlyargs.push(p);
          a.kw_defaults.push(def);
        } else {
          a.args.push(p);
          if (def) a.defaults.push(def);
          else if (a.defaults.length > 0) throw this.errorAtNode('non-default argument follows default argument', p);
        }
      }
      if (this.isOp(',')) this.next();
      else if (!this.isOp(close)) throw this.fail();
    }
    return a;
  }

  private classDef(decorator_list: A.Expr[]): A.ClassDef {
    const kw = this.next();
    const s: Start = { lineno: kw.lineno, col_offset: kw.col };
    const name = this.name();
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (this.isOp('(')) {
      this.next();
      [bases, keywords] = this.callArgs(null);
    }
    this.expectColon(true);
    const body = this.block(kw, 'class definition');
    return { _type: 'ClassDef', name, bases, keywords, body, decorator_list, ...Parser.span(s, Parser.endOf(body)) };
  }

  private ifStmt(): A.If {
    const kw = this.next();
    const s: Start = { lineno: kw.lineno, col_offset: kw.col };
    const test = this.namedExpression();
    this.expectColon(false);
    const body = this.block(kw, `'${kw.value}' statement`);
    let orelse: A.Stmt[] = [];
    if (this.isKw('elif')) orelse = [this.ifStmt()];
    else if (this.isKw('else')) orelse = this.elseBlock();
    return { _type: 'If', test, body, orelse, ...Parser.span(s, Parser.endOf(orelse.length ? orelse : body)) };
  }

  private elseBlock(): A.Stmt[] {
    const kw = this.next();
    this.expectColon(true);
    return this.block(kw, "'else' statement");
  }

  private whileStmt(): A.While {
    const kw = this.next();
    const s: Start = { lineno: kw.lineno, col_offset: kw.col };
    const test = this.namedExpression();
    this.expectColon(false);
    const body = this.block(kw, "'while' statement");
    const orelse = this.isKw('else') ? this.elseBlock() : [];
    return { _type: 'While', test, body, orelse, ...Parser.span(s, Parser.endOf(orelse.length ? orelse : body)) };
  }

  private forStmt(asyncTok: Token | null): A.For | A.AsyncFor {
    const kw = this.next();
    const st = asyncTok ?? kw;
    const s: Start = { lineno: st.lineno, col_offset: st.col };
    const target = this.targetList();
    this.expectKw('in');
    const iter = this.starExpressions();
    this.expectColon(true);
    const body = this.block(st, "'for' statement");
    const orelse = this.isKw('else') ? this.elseBlock() : [];
    const pos = Parser.span(s, Parser.endOf(orelse.length ? orelse : body));
    return asyncTok
      ? { _type: 'AsyncFor', target, iter, body, orelse, type_comment: null, ...pos }
      : { _type: 'For', target, iter, body, orelse, type_comment: null, ...pos };
  }

  /** star_targets for `for` and comprehensions: stops before `in`. */
  private targetList(): A.Expr {
    const s = this.start();
    const first = this.targetElem();
    let e: A.Expr = first;
    if (this.isOp(',')) {
      const elts = [first];
      while (this.isOp(',')) {
        this.next();
        if (this.isKw('in') || this.isOp('=')) break;
        elts.push(this.targetElem());
      }
      e = { _type: 'Tuple', elts, ctx: { _type: 'Load' }, ...this.loc(s) };
    }
    this.setCtx(e, 'for');
    return e;
  }

  private targetElem(): A.Expr {
    if (this.isOp('*')) {
      const s = this.start();
      this.next();
      const value = this.targetElem();
      return { _type: 'Starred', value, ctx: { _type: 'Load' }, ...this.loc(s) };
    }
    return this.bitwiseOr();
  }

  private withStmt(asyncTok: Token | null): A.With | A.AsyncWith {
    const kw = this.next();
    const st = asyncTok ?? kw;
    const s: Start = { lineno: st.lineno, col_offset: st.col };
    let items: A.WithItem[] | null = null;
    if (this.isOp('(')) {
      const save = this.p;
      try {
        this.next();
        items = [];
        for (;;) {
          items.push(this.withItem());
          if (!this.isOp(',')) break;
          this.next();
          if (this.isOp(')')) break;
        }
        this.expectOp(')');
        if (!this.isOp(':')) throw this.fail();
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        this.p = save;
        items = null;
      }
    }
    if (!items) {
      items = [this.withItem()];
      while (this.isOp(',')) {
        this.next();
        items.push(this.withItem());
      }
    }
    this.expectColon(false);
    const body = this.block(st, "'with' statement");
    const pos = Parser.span(s, Parser.endOf(body));
    return asyncTok
      ? { _type: 'AsyncWith', items, body, type_comment: null, ...pos }
      : { _type: 'With', items, body, type_comment: null, ...pos };
  }

  private withItem(): A.WithItem {
    const context_expr = this.expression();
    let optional_vars: A.Expr | null = null;
    if (this.isKw('as')) {
      this.next();
      optional_vars = this.targetElem();
      if (!this.isOp(',') && !this.isOp(')') && !this.isOp(':')) throw this.fail();
      this.setCtx(optional_vars, 'star');
    }
    return { _type: 'withitem', context_expr, optional_vars };
  }

  private tryStmt(): A.Try | A.TryStar {
    const kw = this.next();
    const s: Start = { lineno: kw.lineno, col_offset: kw.col };
    this.expectColon(true);
    const body = this.block(kw, "'try' statement");
    const handlers: A.ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.isKw('except')) {
      const ek = this.next();
      const hs: Start = { lineno: ek.lineno, col_offset: ek.col };
      const isStar = this.isOp('*');
      if (isStar) this.next();
      if (star !== null && star !== isStar) {
        throw this.errorAtTok("cannot have both 'except' and 'except*' on the same 'try'", ek);
      }
      star = isStar;
      let type: A.Expr | null = null;
      let name: string | null = null;
      if (!this.isOp(':')) {
        if (isStar && this.tok().type === T.NEWLINE) throw this.errorAtTok('expected one or more exception types', this.tok());
        if (this.tok().type !== T.NEWLINE) {
          type = this.expression();
          if (this.isOp(',')) {
            const ts = type;
            const tup = this.starExpressionsFrom(type, { lineno: ts.lineno, col_offset: ts.col_offset });
            throw this.errorAtNode('multiple exception types must be parenthesized', tup);
          }
          if (this.isKw('as')) {
            this.next();
            name = this.name();
          }
        }
      } else if (isStar) throw this.errorAtTok('expected one or more exception types', this.tok());
      this.expectColon(false);
      const hbody = this.block(ek, isStar ? "'except*' statement" : "'except' statement");
      handlers.push({ _type: 'ExceptHandler', type, name, body: hbody, ...Parser.span(hs, Parser.endOf(hbody)) });
    }
    const orelse = handlers.length && this.isKw('else') ? this.elseBlock() : [];
    let finalbody: A.Stmt[] = [];
    if (this.isKw('finally')) {
      const fk = this.next();
      this.expectColon(true);
      finalbody = this.block(fk, "'finally' statement");
    }
    if (handlers.length === 0 && finalbody.length === 0) throw this.errorAtTok("expected 'except' or 'finally' block", this.tok());
    const last = finalbody.length ? finalbody : orelse.length ? orelse : null;
    const pos = Parser.span(s, last ? Parser.endOf(last) : handlers[handlers.length - 1]);
    return star
      ? { _type: 'TryStar', body, handlers, orelse, finalbody, ...pos }
      : { _type: 'Try', body, handlers, orelse, finalbody, ...pos };
  }

  // ---- expressions

  canStartExpr(k = 0): boolean {
    const t = this.tok(k);
    switch (t.type) {
      case T.NAME: return !KEYWORDS.has(t.value) || EXPR_KEYWORDS.has(t.value);
      case T.NUMBER: case T.STRING: return true;
      case T.OP: return '([{-+~*...'.includes(t.value) && t.value !== '..' && t.value !== '.';
      default: return false;
    }
  }

  starExpressions(stmtStart = false): A.Expr {
    const s = this.start();
    const first = this.starExpression(stmtStart);
    if (!this.isOp(',')) return first;
    return this.starExpressionsFrom(first, s);
  }

  private starExpressionsFrom(first: A.Expr, s: Start): A.Tuple {
    const elts = [first];
    while (this.isOp(',')) {
      this.next();
      if (!this.canStartExpr()) break;
      elts.push(this.starExpression());
    }
    return { _type: 'Tuple', elts, ctx: { _type: 'Load' }, ...this.loc(s) };
  }

  private starExpression(stmtStart = false): A.Expr {
    if (this.isOp('*')) {
      const s = this.start();
      this.next();
      const value = this.bitwiseOr();
      return { _type: 'Starred', value, ctx: { _type: 'Load' }, ...this.loc(s) };
    }
    return this.expression(stmtStart);
  }

  private starNamedExpression(): A.Expr {
    if (this.isOp('*')) {
      const s = this.start();
      this.next();
      const value = this.bitwiseOr();
      return { _type: 'Starred', value, ctx: { _type: 'Load' }, ...this.loc(s) };
    }
    return this.namedExpression();
  }

  private starNamedExpressions(): A.Expr {
    const s = this.start();
    const first = this.starNamedExpression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.isOp(',')) {
      this.next();
      if (!this.canStartExpr()) break;
      elts.push(this.starNamedExpression());
    }
    return { _type: 'Tuple', elts, ctx: { _type: 'Load' }, ...this.loc(s) };
  }

  private yieldExpr(): A.Yield | A.YieldFrom {
    const s = this.start();
    this.next();
    if (this.isKw('from')) {
      this.next();
      const value = this.expression();
      return { _type: 'YieldFrom', value, ...this.loc(s) };
    }
    const value = this.canStartExpr() ? this.starExpressions() : null;
    return { _type: 'Yield', value, ...this.loc(s) };
  }

  namedExpression(): A.Expr {
    if (this.tok().type === T.NAME && this.isOp(':=', 1)) {
      const s = this.start();
      const t = this.next();
      if (KEYWORDS.has(t.value)) throw this.fail(t);
      this.next();
      const value = this.expression();
      const target: A.Name = { _type: 'Name', id: t.value, ctx: { _type: 'Store' }, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
      return { _type: 'NamedExpr', target, value, ...this.loc(s) };
    }
    const e = this.expression();
    if (this.isOp(':=')) throw this.errorAtNode(`cannot use assignment expressions with ${exprName(e)}`, e);
    return e;
  }

  expression(stmtStart = false): A.Expr {
    if (this.isKw('lambda')) return this.lambda();
    const s = this.start();
    const startTok = this.tok();
    const a = this.disjunction();
    if (this.isKw('if')) {
      this.next();
      const b = this.disjunction();
      if (!this.isKw('else')) {
        if (this.isOp(':')) throw this.fail();
        throw this.errorAtNode("expected 'else' after 'if' expression", a, b);
      }
      this.next();
      const c = this.expression();
      return { _type: 'IfExp', test: b, body: a, orelse: c, ...this.loc(s) };
    }
    if (this.canStartExpr() && !this.isOp('*') && !this.isOp('-') && !this.isOp('+') && !this.isOp('(') && !this.isOp('[')) {
      this.juxtaposition(a, startTok, stmtStart);
    }
    return a;
  }

  /** Two expressions side by side: CPython's "Perhaps you forgot a comma?" inside brackets. */
  private juxtaposition(a: A.Expr, startTok: Token, stmtStart: boolean): void {
    const errTok = this.tok();
    const nameString = startTok.type === T.NAME && this.toks[this.toks.indexOf(startTok) + 1]?.type === T.STRING;
    const soft = startTok.type === T.NAME && (startTok.value === 'match' || startTok.value === 'case' || startTok.value === '_');
    if (nameString || soft) return;
    if (a._type === 'Name' && (a.id === 'print' || a.id === 'exec') && stmtStart) return;
    const save = this.p;
    let b: A.Expr | null = null;
    try {
      b = this.expression();
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
    }
    const level = this.p > 0 ? this.levels[this.p - 1] : 0;
    this.p = save;
    if (b && level > 0) throw this.errorAtNode('invalid syntax. Perhaps you forgot a comma?', a, b);
    if (!b) return;
    throw this.fail(errTok);
  }

  private levelsCache: number[] | null = null;
  private get levels(): number[] {
    if (!this.levelsCache) {
      const lv: number[] = [];
      let d = 0;
      for (const t of this.toks) {
        if (t.type === T.OP) {
          if (t.value === '(' || t.value === '[' || t.value === '{') d++;
          else if (t.value === ')' || t.value === ']' || t.value === '}') d--;
        }
        lv.push(d + (this.inFString ? 0 : 0));
      }
      this.levelsCache = lv;
    }
    return this.levelsCache;
  }

  private lambda(): A.Lambda {
    const s = this.start();
    this.next();
    const args = this.parameters(':', false);
    this.expectOp(':');
    const body = this.expression();
    return { _type: 'Lambda', args, body, ...this.loc(s) };
  }

  private disjunction(): A.Expr {
    const s = this.start();
    const first = this.conjunction();
    if (!this.isKw('or')) return first;
    const values = [first];
    while (this.isKw('or')) {
      this.next();
      values.push(this.conjunction());
    }
    return { _type: 'BoolOp', op: { _type: 'Or' }, values, ...this.loc(s) };
  }

  private conjunction(): A.Expr {
    const s = this.start();
    const first = this.inversion();
    if (!this.isKw('and')) return first;
    const values = [first];
    while (this.isKw('and')) {
      this.next();
      values.push(this.inversion());
    }
    return { _type: 'BoolOp', op: { _type: 'And' }, values, ...this.loc(s) };
  }

  private inversion(): A.Expr {
    if (this.isKw('not')) {
      const s = this.start();
      this.next();
      const operand = this.inversion();
      return { _type: 'UnaryOp', op: { _type: 'Not' }, operand, ...this.loc(s) };
    }
    return this.comparison();
  }

  private comparison(): A.Expr {
    const s = this.start();
    const left = this.bitwiseOr();
    const ops: A.CmpOperator[] = [];
    const comparators: A.Expr[] = [];
    for (;;) {
      const t = this.tok();
      let op: A.CmpOpName | null = null;
      if (t.type === T.OP && CMP_OPS[t.value] !== undefined) {
        op = CMP_OPS[t.value];
        this.next();
      } else if (t.type === T.NAME) {
        if (t.value === 'in') {
          op = 'In';
          this.next();
        } else if (t.value === 'not' && this.isKw('in', 1)) {
          op = 'NotIn';
          this.next();
          this.next();
        } else if (t.value === 'is') {
          this.next();
          if (this.isKw('not')) {
            this.next();
            op = 'IsNot';
          } else op = 'Is';
        }
      }
      if (!op) break;
      ops.push({ _type: op });
      comparators.push(this.bitwiseOr());
    }
    if (!ops.length) return left;
    return { _type: 'Compare', left, ops, comparators, ...this.loc(s) };
  }

  private binary(next: () => A.Expr, ops: Record<string, A.OperatorName>): A.Expr {
    const s = this.start();
    let left = next();
    for (;;) {
      const t = this.tok();
      if (t.type !== T.OP) return left;
      const op = ops[t.value];
      if (op === undefined) return left;
      this.next();
      const right = next();
      left = { _type: 'BinOp', left, op: { _type: op }, right, ...this.loc(s) };
    }
  }

  private bitwiseOr = (): A.Expr => this.binary(this.bitwiseXor, { '|': 'BitOr' });
  private bitwiseXor = (): A.Expr => this.binary(this.bitwiseAnd, { '^': 'BitXor' });
  private bitwiseAnd = (): A.Expr => this.binary(this.shiftExpr, { '&': 'BitAnd' });
  private shiftExpr = (): A.Expr => this.binary(this.sum, { '<<': 'LShift', '>>': 'RShift' });
  private sum = (): A.Expr => this.binary(this.term, { '+': 'Add', '-': 'Sub' });
  private term = (): A.Expr => this.binary(this.factor, { '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult' });

  private factor = (): A.Expr => {
    const t = this.tok();
    if (t.type === T.OP && (t.value === '-' || t.value === '+' || t.value === '~')) {
      const s = this.start();
      this.next();
      const operand = this.factor();
      const op: A.UnaryOpName = t.value === '-' ? 'USub' : t.value === '+' ? 'UAdd' : 'Invert';
      return { _type: 'UnaryOp', op: { _type: op }, operand, ...this.loc(s) };
    }
    return this.power();
  };

  private power(): A.Expr {
    const s = this.start();
    const left = this.awaitPrimary();
    if (!this.isOp('**')) return left;
    this.next();
    const right = this.factor();
    return { _type: 'BinOp', left, op: { _type: 'Pow' }, right, ...this.loc(s) };
  }

  private awaitPrimary(): A.Expr {
    if (this.isKw('await')) {
      const s = this.start();
      this.next();
      const value = this.primary();
      return { _type: 'Await', value, ...this.loc(s) };
    }
    return this.primary();
  }

  private primary(): A.Expr {
    const s = this.start();
    let e = this.atom();
    for (;;) {
      const t = this.tok();
      if (t.type !== T.OP) return e;
      if (t.value === '.') {
        this.next();
        const attr = this.name();
        e = { _type: 'Attribute', value: e, attr, ctx: { _type: 'Load' }, ...this.loc(s) };
      } else if (t.value === '(') {
        this.next();
        const [args, keywords] = this.callArgs(t);
        e = { _type: 'Call', func: e, args, keywords, ...this.loc(s) };
      } else if (t.value === '[') {
        this.next();
        const slice = this.slices();
        this.expectOp(']');
        e = { _type: 'Subscript', value: e, slice, ctx: { _type: 'Load' }, ...this.loc(s) };
      } else return e;
    }
  }

  /** Arguments after '(' through ')'; `open` is the '(' token of a call (for generator-expression positions). */
  private callArgs(open: Token | null): [A.Expr[], A.Keyword[]] {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    let sawKw = false;
    let sawDoubleStar = false;
    while (!this.isOp(')')) {
      const s = this.start();
      const t = this.tok();
      if (this.isOp('*')) {
        if (sawDoubleStar) throw this.errorAtTok('iterable argument unpacking follows keyword argument unpacking', t);
        this.next();
        const value = this.expression();
        args.push({ _type: 'Starred', value, ctx: { _type: 'Load' }, ...this.loc(s) });
      } else if (this.isOp('**')) {
        this.next();
        const value = this.expression();
        keywords.push({ _type: 'keyword', arg: null, value, ...this.loc(s) });
        sawDoubleStar = true;
      } else if (t.type === T.NAME && this.isOp('=', 1)) {
        if (t.value === 'True' || t.value === 'False' || t.value === 'None') {
          throw this.error(`cannot assign to ${t.value}`, t.lineno, t.col + 1, this.tok(1).endLineno, this.tok(1).endCol + 1);
        }
        if (KEYWORDS.has(t.value)) throw this.fail(t);
        this.next();
        this.next();
        const value = this.expression();
        if (this.isKw('for') || (this.isKw('async') && this.isKw('for', 1))) {
          throw this.errorAtNode("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", Parser.span(s, value), value);
        }
        keywords.push({ _type: 'keyword', arg: t.value, value, ...this.loc(s) });
        sawKw = true;
      } else {
        const e = this.namedExpression();
        if (this.isKw('for') || (this.isKw('async') && this.isKw('for', 1))) {
          const generators = this.comprehensions();
          const only = args.length === 0 && keywords.length === 0 && this.isOp(')') && open !== null;
          if (!only) {
            const lastGen = generators[generators.length - 1];
            const lastItem = lastGen.ifs.length ? lastGen.ifs[lastGen.ifs.length - 1] : lastGen.iter;
            throw this.errorAtNode('Generator expression must be parenthesized', e, lastItem);
          }
          this.next();
          args.push({ _type: 'GeneratorExp', elt: e, generators, ...this.loc({ lineno: open.lineno, col_offset: open.col }) });
          return [args, keywords];
        }
        if (this.isOp('=')) {
          const eq = this.tok();
          throw this.error('expression cannot contain assignment, perhaps you meant "=="?', e.lineno, e.col_offset + 1, eq.endLineno, eq.endCol + 1);
        }
        if (sawDoubleStar) throw this.errorAtNode('positional argument follows keyword argument unpacking', e);
        if (sawKw) throw this.errorAtNode('positional argument follows keyword argument', e);
        args.push(e);
      }
      if (this.isOp(',')) this.next();
      else if (!this.isOp(')')) throw this.fail();
    }
    this.next();
    return [args, keywords];
  }

  private slices(): A.Expr {
    const s = this.start();
    const first = this.slice();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.isOp(',')) {
      this.next();
      if (this.isOp(']')) break;
      elts.push(this.slice());
    }
    return { _type: 'Tuple', elts, ctx: { _type: 'Load' }, ...this.loc(s) };
  }

  private slice(): A.Expr {
    const s = this.start();
    if (this.isOp('*')) return this.starExpression();
    let lower: A.Expr | null = null;
    if (!this.isOp(':')) {
      const e = this.namedExpression();
      if (!this.isOp(':')) return e;
      lower = e;
    }
    this.next();
    let upper: A.Expr | null = null;
    let step: A.Expr | null = null;
    if (!this.isOp(':') && !this.isOp(',') && !this.isOp(']')) upper = this.expression();
    if (this.isOp(':')) {
      this.next();
      if (!this.isOp(',') && !this.isOp(']')) step = this.expression();
    }
    return { _type: 'Slice', lower, upper, step, ...this.loc(s) };
  }

  private comprehensions(): A.Comprehension[] {
    const gens: A.Comprehension[] = [];
    for (;;) {
      let is_async: 0 | 1 = 0;
      if (this.isKw('async') && this.isKw('for', 1)) {
        this.next();
        is_async = 1;
      } else if (!this.isKw('for')) break;
      this.next();
      const target = this.targetList();
      this.expectKw('in');
      const iter = this.disjunction();
      const ifs: A.Expr[] = [];
      while (this.isKw('if')) {
        this.next();
        ifs.push(this.disjunction());
      }
      gens.push({ _type: 'comprehension', target, iter, ifs, is_async });
    }
    return gens;
  }

  private isCompFor(): boolean {
    return this.isKw('for') || (this.isKw('async') && this.isKw('for', 1));
  }

  private atom(): A.Expr {
    const t = this.tok();
    const s = this.start();
    switch (t.type) {
      case T.NAME: {
        if (KEYWORDS.has(t.value)) {
          this.next();
          if (t.value === 'None') return { _type: 'Constant', value: null, kind: null, ...this.loc(s) };
          if (t.value === 'True') return { _type: 'Constant', value: true, kind: null, ...this.loc(s) };
          if (t.value === 'False') return { _type: 'Constant', value: false, kind: null, ...this.loc(s) };
          throw this.fail(t);
        }
        this.next();
        return { _type: 'Name', id: t.value.normalize('NFKC'), ctx: { _type: 'Load' }, ...this.loc(s) };
      }
      case T.NUMBER:
        this.next();
        return { _type: 'Constant', value: numberValue(t.value), kind: null, ...this.loc(s) };
      case T.STRING:
        return this.strings();
      case T.OP:
        switch (t.value) {
          case '(': return this.parenAtom();
          case '[': return this.listAtom();
          case '{': return this.dictOrSetAtom();
          case '...':
            this.next();
            return { _type: 'Constant', value: { ellipsis: true }, kind: null, ...this.loc(s) };
        }
    }
    throw this.fail(t);
  }

  private parenAtom(): A.Expr {
    const s = this.start();
    this.next();
    if (this.isOp(')')) {
      this.next();
      return { _type: 'Tuple', elts: [], ctx: { _type: 'Load' }, ...this.loc(s) };
    }
    if (this.isKw('yield')) {
      const y = this.yieldExpr();
      this.expectOp(')');
      return y;
    }
    const first = this.starNamedExpression();
    if (this.isCompFor()) {
      const generators = this.comprehensions();
      this.expectOp(')');
      return { _type: 'GeneratorExp', elt: first, generators, ...this.loc(s) };
    }
    if (this.isOp(')')) {
      if (first._type === 'Starred') throw this.errorAtNode('cannot use starred expression here', first);
      this.next();
      return first;
    }
    if (!this.isOp(',')) throw this.fail();
    const elts = [first];
    while (this.isOp(',')) {
      this.next();
      if (this.isOp(')')) break;
      elts.push(this.starNamedExpression());
    }
    this.expectOp(')');
    return { _type: 'Tuple', elts, ctx: { _type: 'Load' }, ...this.loc(s) };
  }

  private listAtom(): A.Expr {
    const s = this.start();
    this.next();
    const elts: A.Expr[] = [];
    if (!this.isOp(']')) {
      const first = this.starNamedExpression();
      if (this.isCompFor()) {
        const generators = this.comprehensions();
        this.expectOp(']');
        return { _type: 'ListComp', elt: first, generators, ...this.loc(s) };
      }
      elts.push(first);
      while (this.isOp(',')) {
        this.next();
        if (this.isOp(']')) break;
        elts.push(this.starNamedExpression());
      }
    }
    this.expectOp(']');
    return { _type: 'List', elts, ctx: { _type: 'Load' }, ...this.loc(s) };
  }

  private dictOrSetAtom(): A.Expr {
    const s = this.start();
    this.next();
    if (this.isOp('}')) {
      this.next();
      return { _type: 'Dict', keys: [], values: [], ...this.loc(s) };
    }
    let firstKey: A.Expr | null = null;
    let firstValue: A.Expr;
    if (this.isOp('**')) {
      this.next();
      firstValue = this.bitwiseOr();
    } else {
      const e = this.starNamedExpression();
      if (!this.isOp(':')) return this.setRest(s, e);
      this.next();
      firstKey = e;
      firstValue = this.expression();
      if (this.isCompFor()) {
        const generators = this.comprehensions();
        this.expectOp('}');
        return { _type: 'DictComp', key: e, value: firstValue, generators, ...this.loc(s) };
      }
    }
    const keys: (A.Expr | null)[] = [firstKey];
    const values: A.Expr[] = [firstValue];
    while (this.isOp(',')) {
      this.next();
      if (this.isOp('}')) break;
      if (this.isOp('**')) {
        this.next();
        keys.push(null);
        values.push(this.bitwiseOr());
      } else {
        const k = this.expression();
        if (!this.isOp(':')) {
          const t = this.tok();
          if (t.type === T.OP && (t.value === '}' || t.value === ',')) {
            throw this.error("':' expected after dictionary key", k.lineno, k.col_offset + 1, k.end_lineno, 0);
          }
          throw this.fail();
        }
        this.next();
        keys.push(k);
        values.push(this.expression());
      }
    }
    this.expectOp('}');
    return { _type: 'Dict', keys, values, ...this.loc(s) };
  }

  private setRest(s: Start, first: A.Expr): A.Expr {
    if (this.isCompFor()) {
      const generators = this.comprehensions();
      this.expectOp('}');
      return { _type: 'SetComp', elt: first, generators, ...this.loc(s) };
    }
    const elts = [first];
    while (this.isOp(',')) {
      this.next();
      if (this.isOp('}')) break;
      elts.push(this.starNamedExpression());
    }
    this.expectOp('}');
    return { _type: 'Set', elts, ...this.loc(s) };
  }

  // ---- strings

  private strings(): A.Expr {
    const s = this.start();
    const parts: StrTok[] = [];
    while (this.tok().type === T.STRING) parts.push(splitString(this.next()));
    const pos = this.loc(s);
    const isBytes = parts[0].prefix.includes('b');
    for (const p of parts) {
      if (p.prefix.includes('b') !== isBytes) throw this.errorAtTok('cannot mix bytes and nonbytes literals', this.tok());
    }
    const decode = (p: StrTok, body: string): string => {
      if (p.prefix.includes('r')) return body;
      try {
        return decodeEscapes(body, isBytes);
      } catch (e) {
        if (!(e instanceof StringError)) throw e;
        if (e.message === '\\N{...} escapes') {
          throw this.error('\\N{...} escapes', p.tok.lineno, p.tok.col + 1, p.tok.endLineno, p.tok.endCol + 1, 'unsupported');
        }
        throw this.error(e.message, p.tok.lineno, p.tok.col + 1, p.tok.endLineno, p.tok.endCol + 1);
      }
    };
    if (isBytes) {
      const bytes: number[] = [];
      for (const p of parts) {
        if (/[^\x00-\x7f]/.test(p.body)) throw this.errorAtTok('bytes can only contain ASCII literal characters', p.tok);
        const d = decode(p, p.body);
        for (let i = 0; i < d.length; i++) bytes.push(d.charCodeAt(i));
      }
      return { _type: 'Constant', value: { bytes }, kind: null, ...pos };
    }
    const kind = parts[0].tok.value[0] === 'u' ? 'u' : null;
    if (!parts.some((p) => p.prefix.includes('f'))) {
      let value = '';
      for (const p of parts) value += decode(p, p.body);
      return { _type: 'Constant', value, kind, ...pos };
    }
    const b = new FStringBuilder(kind, pos);
    for (const p of parts) {
      if (!p.prefix.includes('f')) b.lit += decode(p, p.body);
      else this.fstring(p, p.body, 0, b, decode);
    }
    return b.finish();
  }

  /** Parses f-string text (3.11 semantics) into builder `b`; returns the index where a format spec ended. */
  private fstring(p: StrTok, text: string, depth: number, b: FStringBuilder, decode: (p: StrTok, s: string) => string, from = 0): number {
    const raw = p.prefix.includes('r');
    const t = p.tok;
    const err = (msg: string): PySyntaxError => this.error(`f-string: ${msg}`.replace('f-string: f-string: ', 'f-string: '), t.lineno, t.col + 1, t.endLineno, t.endCol + 1);
    let i = from;
    const n = text.length;
    while (i < n) {
      // Literal part.
      let lit = '';
      while (i < n) {
        const c = text[i];
        if (c === '\\' && !raw && text[i + 1] === 'N' && text[i + 2] === '{') {
          const close = text.indexOf('}', i);
          lit += text.slice(i, close < 0 ? n : close + 1);
          i = close < 0 ? n : close + 1;
          continue;
        }
        if (c === '\\' && !raw && i + 1 < n) {
          lit += text.slice(i, i + 2);
          i += 2;
          continue;
        }
        if (c === '{' || c === '}') {
          if (depth === 0 && text[i + 1] === c) {
            lit += c;
            i += 2;
            continue;
          }
          break;
        }
        lit += c;
        i++;
      }
      b.lit += decode(p, lit);
      if (i >= n) break;
      if (text[i] === '}') {
        if (depth > 0) return i;
        throw err("single '}' is not allowed");
      }
      // Expression part: text[i] === '{'.
      if (depth >= 2) throw err('expressions nested too deeply');
      i++;
      const exprStart = i;
      const stack: string[] = [];
      let quote = '';
      let tripleQ = false;
      for (; i < n; i++) {
        const c = text[i];
        if (c === '\\') throw err('f-string expression part cannot include a backslash');
        if (quote) {
          if (c === quote && (!tripleQ || (text[i + 1] === c && text[i + 2] === c))) {
            if (tripleQ) i += 2;
            quote = '';
          }
          continue;
        }
        if (c === "'" || c === '"') {
          tripleQ = text[i + 1] === c && text[i + 2] === c;
          if (tripleQ) i += 2;
          quote = c;
          continue;
        }
        if (c === '[' || c === '(' || c === '{') {
          stack.push(c);
          continue;
        }
        if (c === '#') throw err("f-string expression part cannot include '#'");
        if (stack.length > 0 && (c === ']' || c === ')' || c === '}')) {
          const o = stack.pop();
          const want = o === '(' ? ')' : o === '[' ? ']' : '}';
          if (c !== want) throw err(`closing parenthesis '${c}' does not match opening parenthesis '${o}'`);
          continue;
        }
        if (stack.length === 0 && (c === ']' || c === ')')) throw err(`unmatched '${c}'`);
        if (stack.length === 0 && '!:}=<>'.includes(c)) {
          const nx = text[i + 1];
          if (nx === '=' && (c === '!' || c === '=' || c === '<' || c === '>')) {
            i++;
            continue;
          }
          if (c === '<' || c === '>') continue;
          break;
        }
      }
      if (quote) throw err('unterminated string');
      if (i >= n) throw err("expecting '}'");
      if (stack.length > 0) throw err("expecting '}'");
      const exprText = text.slice(exprStart, i);
      if (exprText.trim() === '') throw err('empty expression not allowed');
      const value = this.fstringExpr(exprText, t);
      let selfDoc: string | null = null;
      if (text[i] === '=') {
        i++;
        while (i < n && /\s/.test(text[i])) i++;
        selfDoc = text.slice(exprStart, i);
      }
      let conversion = -1;
      if (text[i] === '!') {
        i++;
        const c = text[i];
        if (i >= n) throw err("expecting '}'");
        if (c !== 's' && c !== 'r' && c !== 'a') throw err("invalid conversion character: expected 's', 'r', or 'a'");
        conversion = c.charCodeAt(0);
        i++;
      }
      let format_spec: A.JoinedStr | null = null;
      if (i < n && text[i] === ':') {
        i++;
        const spec = new FStringBuilder(b.kind, b.pos);
        i = this.fstring(p, text, depth + 1, spec, decode, i);
        format_spec = spec.finish();
      }
      if (i >= n || text[i] !== '}') throw err("expecting '}'");
      i++;
      if (selfDoc !== null) {
        b.lit += selfDoc;
        if (conversion === -1 && format_spec === null) conversion = 114;
      }
      b.flush();
      b.values.push({ _type: 'FormattedValue', value, conversion, format_spec, ...b.pos });
    }
    if (depth > 0) throw err("expecting '}'");
    return i;
  }

  private fstringExpr(text: string, t: Token): A.Expr {
    const lx = tokenize(normalizeSource(`(${text})`), this.filename);
    const sub = new Parser(lx.tokens, lx.error, this.lines, this.filename, true);
    try {
      sub.p = 0;
      const e = sub.starExpressions();
      if (sub.tok().type !== T.NEWLINE && sub.tok().type !== T.ENDMARKER) throw sub.fail();
      return e;
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      const msg = e.msg.startsWith('f-string: ') ? e.msg : `f-string: ${e.msg}`;
      throw new PySyntaxError(e.kind, msg, this.filename, t.lineno, t.col + 1, this.lines[t.lineno - 1] ?? '', t.endLineno, t.endCol + 1);
    }
  }
}

class FStringBuilder {
  lit = '';
  readonly values: (A.Constant | A.FormattedValue)[] = [];
  constructor(
    readonly kind: string | null,
    readonly pos: A.Pos,
  ) {}
  flush(): void {
    if (this.lit !== '') this.values.push({ _type: 'Constant', value: this.lit, kind: this.kind, ...this.pos });
    this.lit = '';
  }
  finish(): A.JoinedStr {
    this.flush();
    return { _type: 'JoinedStr', values: this.values, ...this.pos };
  }
}

// ---------------------------------------------------------------- target helpers

function exprName(e: A.Expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (typeof v === 'object' && 'ellipsis' in v) return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

function invalidTarget(e: A.Expr, kind: TargetKind): A.Expr | null {
  switch (e._type) {
    case 'Name': case 'Attribute': case 'Subscript': return null;
    case 'List': case 'Tuple':
      for (const x of e.elts) {
        const b = invalidTarget(x, kind);
        if (b) return b;
      }
      return null;
    case 'Starred':
      return kind === 'del' ? e : invalidTarget(e.value, kind);
    case 'Compare':
      if (kind === 'for' && e.ops[0]._type === 'In') return invalidTarget(e.left, kind);
      return e;
    default: return e;
  }
}

function applyCtx(e: A.Expr, ctx: A.ExprContext): void {
  switch (e._type) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      applyCtx(e.value, ctx);
      return;
    case 'List': case 'Tuple':
      e.ctx = ctx;
      for (const x of e.elts) applyCtx(x, ctx);
      return;
  }
}

function isBitwiseLevel(e: A.Expr): boolean {
  switch (e._type) {
    case 'BoolOp': case 'Compare': case 'IfExp': case 'Lambda': case 'NamedExpr': case 'Starred': case 'Yield': case 'YieldFrom':
      return false;
    case 'UnaryOp': return e.op._type !== 'Not';
    default: return true;
  }
}

function isExcludedNamedTarget(e: A.Expr, p: Parser): boolean {
  if (e._type === 'List' || e._type === 'GeneratorExp') return true;
  if (e._type === 'Tuple') return p.isParenthesized(e);
  if (e._type === 'Constant' && (e.value === null || e.value === true || e.value === false)) return true;
  return false;
}

export function parse(source: string, filename: string): A.Module {
  const src = normalizeSource(source);
  const lx = tokenize(src, filename);
  const parser = new Parser(lx.tokens, lx.error, lx.lines, filename);
  try {
    return parser.parseModule();
  } catch (e) {
    if (!(e instanceof PySyntaxError) || !lx.error || e === lx.error.error || e.kind === 'unsupported') throw e;
    const le = lx.error;
    if (le.mode === 'raised') throw le.error;
    if (le.mode === 'eof' && le.parenLine < e.lineno) throw le.error;
    throw e;
  }
}
