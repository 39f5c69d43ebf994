/** Tokenizer for Python 3.11 source, mirroring CPython's tokenizer.c (tokens, indentation, errors). */
import { PySyntaxError, SyntaxErrorKind } from './sourceError';

/** Token kinds (string literals: cheap to compare and free of cross-module enum lookups). */
export type T = 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER' | 'ERROR';

export interface Token {
  type: T;
  /** Source text of the token (raw, including string prefixes and quotes). */
  value: string;
  lineno: number;
  col: number;
  endLineno: number;
  endCol: number;
}

/**
 * How a tokenizer error interacts with an earlier parser error (CPython's
 * _PyPegen_tokenize_full_source_to_check_for_errors): 'raised' errors always win,
 * 'eof' (unclosed bracket) wins when the bracket opened on an earlier line, 'soft' never wins.
 */
export type LexErrorMode = 'raised' | 'eof' | 'soft';

export interface LexError {
  error: PySyntaxError;
  mode: LexErrorMode;
  /** For mode 'eof': line of the innermost unclosed bracket. */
  parenLine: number;
}

export interface LexResult {
  tokens: Token[];
  /** Set when tokenizing stopped at an error; the last token is then a 'ERROR' token. */
  error: LexError | null;
  lines: string[];
}

const OPS3 = new Set(['**=', '//=', '>>=', '<<=', '...']);
const OPS2 = new Set([
  '->', ':=', '==', '!=', '<=', '>=', '<<', '>>', '**', '//', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=', '<>',
]);
const OPS1 = '()[]{},:;.+-*/%&|^~<>=@!';
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);
const ID_START = /[\p{XID_Start}_]/u;
const ID_CONTINUE = /[\p{XID_Continue}]/u;
const NON_PRINTABLE = /[\p{C}\p{Z}]/u;
const ASTRAL = /[\uD800-\uDFFF]/;

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
function isHex(c: string): boolean {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
function isAsciiIdStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}
/** CPython's is_potential_identifier_char. */
function isPotentialIdChar(c: string): boolean {
  return isAsciiIdStart(c) || isDigit(c) || (c !== '' && c.charCodeAt(0) >= 128);
}

/** Normalize newlines and drop a BOM, as CPython's tokenizer does; always ends with '\n' unless empty. */
export function normalizeSource(source: string): string {
  let s = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  return s;
}

class Lexer {
  private i = 0;
  private line = 1;
  private lineStart = 0;
  private readonly tokens: Token[] = [];
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  private readonly parens: { ch: string; line: number; col: number }[] = [];
  private readonly astral: boolean;
  readonly lines: string[];

  constructor(
    private readonly src: string,
    private readonly filename: string,
  ) {
    this.astral = ASTRAL.test(src);
    this.lines = src.split('\n');
  }

  /** Character column (code points) of index idx on the line starting at lineStart. */
  private colOf(idx: number, lineStart = this.lineStart): number {
    if (!this.astral) return idx - lineStart;
    let n = 0;
    for (let k = lineStart; k < idx; k++) {
      const c = this.src.charCodeAt(k);
      if (c < 0xdc00 || c > 0xdfff) n++;
    }
    return n;
  }

  private err(kind: SyntaxErrorKind, msg: string, lineno: number, offset: number, endLineno?: number, endOffset?: number): PySyntaxError {
    return new PySyntaxError(kind, msg, this.filename, lineno, offset, this.lines[lineno - 1] ?? '', endLineno, endOffset);
  }

  private fail(e: PySyntaxError, mode: LexErrorMode, parenLine = 0): LexResult {
    this.tokens.push({ type: 'ERROR', value: '', lineno: e.lineno, col: e.offset - 1, endLineno: e.lineno, endCol: e.offset - 1 });
    return { tokens: this.tokens, error: { error: e, mode, parenLine }, lines: this.lines };
  }

  private push(type: T, start: number, end: number, lineno = this.line, col = this.colOf(start)): void {
    this.tokens.push({ type, value: this.src.slice(start, end), lineno, col, endLineno: this.line, endCol: this.colOf(end) });
  }

  private newline(idx: number): void {
    this.line++;
    this.lineStart = idx + 1;
  }

  run(): LexResult {
    const src = this.src;
    const n = src.length;
    let atBOL = true;
    for (;;) {
      if (atBOL) {
        atBOL = false;
        let col = 0;
        let alt = 0;
        let j = this.i;
        for (; j < n; j++) {
          const c = src[j];
          if (c === ' ') {
            col++;
            alt++;
          } else if (c === '\t') {
            col = (Math.floor(col / 8) + 1) * 8;
            alt++;
          } else if (c === '\f') {
            col = alt = 0;
          } else break;
        }
        const c = j < n ? src[j] : '';
        if (c === '#' || c === '\n' || c === '') {
          // Blank line: no indentation processing.
          if (c === '#') {
            while (j < n && src[j] !== '\n') j++;
          }
          if (j >= n) {
            this.i = j;
            return this.finish();
          }
          this.i = j + 1;
          this.newline(j);
          atBOL = true;
          continue;
        }
        const top = this.indents.length - 1;
        if (col === this.indents[top]) {
          if (alt !== this.altIndents[top]) return this.tabError();
        } else if (col > this.indents[top]) {
          if (alt <= this.altIndents[top]) return this.tabError();
          this.indents.push(col);
          this.altIndents.push(alt);
          this.tokens.push({ type: 'INDENT', value: '', lineno: this.line, col: -1, endLineno: this.line, endCol: this.colOf(j) });
        } else {
          while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
            this.indents.pop();
            this.altIndents.pop();
            this.tokens.push({ type: 'DEDENT', value: '', lineno: this.line, col: -1, endLineno: this.line, endCol: this.colOf(j) });
          }
          const t = this.indents.length - 1;
          if (col !== this.indents[t]) {
            const text = this.lines[this.line - 1];
            return this.fail(
              this.err('IndentationError', 'unindent does not match any outer indentation level', this.line, [...text].length + 1, this.line, -1),
              'soft',
            );
          }
          if (alt !== this.altIndents[t]) return this.tabError();
        }
        this.i = j;
      }
      // Skip whitespace.
      let c = src[this.i];
      while (c === ' ' || c === '\t' || c === '\f') c = src[++this.i];
      if (this.i >= n) return this.finish();
      const start = this.i;
      if (c === '#') {
        while (this.i < n && src[this.i] !== '\n') this.i++;
        continue;
      }
      if (c === '\n') {
        if (this.parens.length > 0 || this.lastIsNewlineLike()) {
          this.newline(this.i);
          this.i++;
          if (this.parens.length === 0) atBOL = true;
          continue;
        }
        this.push('NEWLINE', start, start + 1);
        this.newline(this.i);
        this.i++;
        atBOL = true;
        continue;
      }
      if (c === '\\') {
        if (this.i + 1 >= n || (src[this.i + 1] === '\n' && this.i + 2 >= n)) {
          const off = this.colOf(this.i) + 2;
          return this.fail(this.err('SyntaxError', 'unexpected EOF while parsing', this.line, off, this.line, -1), 'soft');
        }
        if (src[this.i + 1] !== '\n') {
          const off = this.colOf(this.i) + 2;
          return this.fail(this.err('SyntaxError', 'unexpected character after line continuation character', this.line, off, this.line, -1), 'soft');
        }
        if (this.i + 2 >= n) {
          const off = this.colOf(this.i) + 2;
          return this.fail(this.err('SyntaxError', 'unexpected EOF while parsing', this.line, off, this.line, -1), 'soft');
        }
        this.newline(this.i + 1);
        this.i += 2;
        continue;
      }
      if (isAsciiIdStart(c) || c.charCodeAt(0) >= 128) {
        let j = this.i + 1;
        let ascii = c.charCodeAt(0) < 128;
        while (j < n && isPotentialIdChar(src[j])) {
          if (src.charCodeAt(j) >= 128) ascii = false;
          j++;
        }
        const word = src.slice(this.i, j);
        const q = src[j];
        if ((q === '"' || q === "'") && STRING_PREFIXES.has(word.toLowerCase())) {
          const r = this.string(start, j);
          if (r) return r;
          continue;
        }
        if (!ascii) {
          const bad = this.verifyIdentifier(word);
          if (bad) return bad;
        }
        this.i = j;
        this.push('NAME', start, j);
        continue;
      }
      if (c === '"' || c === "'") {
        const r = this.string(start, start);
        if (r) return r;
        continue;
      }
      if (c >= '1' && c <= '9') {
        let j = this.i + 1;
        while (j < n && src.charCodeAt(j) >= 48 && src.charCodeAt(j) <= 57) j++;
        const d = j < n ? src[j] : '';
        if (!isPotentialIdChar(d) && d !== '.') {
          this.i = j;
          this.push('NUMBER', start, j);
          continue;
        }
      }
      if (isDigit(c) || (c === '.' && isDigit(src[this.i + 1] ?? ''))) {
        const r = this.number(start);
        if (r) return r;
        continue;
      }
      // Operators and brackets.
      if (c === ',' || c === ')' || c === ']' || c === '}' || c === '.' || c === '(' || c === '[' || c === '{' || c === ';' || c === '~') {
        if (c === '.' && src[this.i + 1] === '.' && src[this.i + 2] === '.') {
          this.i += 3;
          this.push('OP', start, this.i);
          continue;
        }
        if (c !== '.' && c !== ',' && c !== ';' && c !== '~') {
          const r = this.bracket(c, start);
          if (r) return r;
        }
        this.i++;
        this.push('OP', start, this.i);
        continue;
      }
      let op = src.substr(this.i, 3);
      if (!OPS3.has(op)) {
        op = src.substr(this.i, 2);
        if (!OPS2.has(op)) op = c;
      }
      this.i += op.length;
      this.push('OP', start, this.i);
    }
  }

  /** Tracks bracket nesting; returns the error result for an unmatched or mismatched closer. */
  private bracket(op: string, start: number): LexResult | null {
    if (op === '(' || op === '[' || op === '{') {
      this.parens.push({ ch: op, line: this.line, col: this.colOf(start) });
      return null;
    }
    const off = this.colOf(start) + 1;
    const open = this.parens.pop();
    if (!open) return this.fail(this.err('SyntaxError', `unmatched '${op}'`, this.line, off, this.line, off), 'raised');
    const expected = open.ch === '(' ? ')' : open.ch === '[' ? ']' : '}';
    if (expected !== op) {
      const where = open.line !== this.line ? ` on line ${open.line}` : '';
      return this.fail(
        this.err('SyntaxError', `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'${where}`, this.line, off, this.line, off),
        'raised',
      );
    }
    return null;
  }

  /** True when the previous token already ends a logical line (so a newline is not significant). */
  private lastIsNewlineLike(): boolean {
    const last = this.tokens[this.tokens.length - 1];
    return last === undefined || last.type === 'NEWLINE' || last.type === 'INDENT' || last.type === 'DEDENT';
  }

  private tabError(): LexResult {
    return this.fail(this.err('TabError', 'inconsistent use of tabs and spaces in indentation', this.line, 1, this.line, 0), 'soft');
  }

  private finish(): LexResult {
    if (this.parens.length > 0) {
      const p = this.parens[this.parens.length - 1];
      return this.fail(this.err('SyntaxError', `'${p.ch}' was never closed`, p.line, p.col + 1, p.line, 0), 'eof', p.line);
    }
    // EOF tokens sit at the end of the last line, as CPython reports them.
    const src = this.src;
    let lastLine = this.line;
    let lastStart = this.lineStart;
    if (src.length > 0 && src[src.length - 1] === '\n') {
      lastLine--;
      lastStart = src.lastIndexOf('\n', src.length - 2) + 1;
    }
    if (lastLine < 1) lastLine = 1;
    const lastEnd = src.length > 0 && src[src.length - 1] === '\n' ? src.length - 1 : src.length;
    const col = this.colOf(lastEnd, lastStart);
    if (!this.lastIsNewlineLike()) {
      this.tokens.push({ type: 'NEWLINE', value: '', lineno: lastLine, col, endLineno: lastLine, endCol: col + 1 });
    }
    while (this.indents.length > 1) {
      this.indents.pop();
      this.tokens.push({ type: 'DEDENT', value: '', lineno: lastLine, col, endLineno: lastLine, endCol: col });
    }
    this.tokens.push({ type: 'ENDMARKER', value: '', lineno: lastLine, col, endLineno: lastLine, endCol: col });
    return { tokens: this.tokens, error: null, lines: this.lines };
  }

  private verifyIdentifier(word: string): LexResult | null {
    let k = 0;
    for (const ch of word) {
      const ok = k === 0 ? ID_START.test(ch) : ID_CONTINUE.test(ch);
      if (!ok) {
        // CPython checks the NFKC-normalized form; accept characters that normalize to valid ones.
        const norm = ch.normalize('NFKC');
        if (norm !== ch && [...norm].every((x, m) => (k === 0 && m === 0 ? ID_START.test(x) : ID_CONTINUE.test(x)))) {
          k++;
          continue;
        }
        const idx = this.i + word.indexOf(ch);
        const off = this.colOf(idx) + 1;
        const cp = ch.codePointAt(0) ?? 0;
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        const msg = NON_PRINTABLE.test(ch) && ch !== ' ' ? `invalid non-printable character U+${hex}` : `invalid character '${ch}' (U+${hex})`;
        return this.fail(this.err('SyntaxError', msg, this.line, off, this.line, off), 'raised');
      }
      k++;
    }
    return null;
  }

  /** Scans a string literal whose prefix starts at `start` and quote at `q`. */
  private string(start: number, q: number): LexResult | null {
    const src = this.src;
    const n = src.length;
    const quote = src[q];
    const triple = src[q + 1] === quote && src[q + 2] === quote;
    const startLine = this.line;
    const startCol = this.colOf(start);
    let j = triple ? q + 3 : q + 1;
    for (;;) {
      if (j >= n || (!triple && src[j] === '\n')) {
        const ends = src[n - 1] === '\n' ? 1 : 0;
        const detected = triple ? this.line - (j >= n ? ends : 0) : this.line;
        const msg = triple
          ? `unterminated triple-quoted string literal (detected at line ${detected})`
          : `unterminated string literal (detected at line ${detected})`;
        return this.fail(this.err('SyntaxError', msg, startLine, startCol + 1, startLine, startCol + 1), 'raised');
      }
      const c = src[j];
      if (c === '\\') {
        if (src[j + 1] === '\n') this.newline(j + 1);
        j += 2;
        continue;
      }
      if (c === '\n') {
        this.newline(j);
        j++;
        continue;
      }
      if (c === quote) {
        if (!triple) {
          j++;
          break;
        }
        if (src[j + 1] === quote && src[j + 2] === quote) {
          j += 3;
          break;
        }
      }
      j++;
    }
    this.i = j;
    this.push('STRING', start, j, startLine, startCol);
    return null;
  }

  /** Number literal, following tokenizer.c's control flow so error columns match. */
  private number(start: number): LexResult | null {
    const src = this.src;
    let cur = start;
    const nextc = (): string => (cur < src.length ? src[cur++] : (cur++, ''));
    const backup = (): void => {
      cur--;
    };
    const error = (msg: string): LexResult => {
      const off = this.colOf(Math.min(cur, src.length));
      return this.fail(this.err('SyntaxError', msg, this.line, off, this.line, off), 'raised');
    };
    let failed: LexResult | null = null;
    const verifyEnd = (c: string, kind: string): boolean => {
      const lookahead = (word: string): boolean => src.startsWith(word, cur) && !isPotentialIdChar(src[cur + word.length] ?? '');
      let r = false;
      const c2 = src[cur] ?? '';
      if (c === 'a') r = lookahead('nd');
      else if (c === 'e') r = lookahead('lse');
      else if (c === 'f') r = lookahead('or');
      else if (c === 'i') r = c2 === 'f' || c2 === 'n' || c2 === 's';
      else if (c === 'o') r = lookahead('r');
      else if (c === 'n') r = lookahead('ot');
      if (!r && isPotentialIdChar(c)) {
        backup();
        failed = error(`invalid ${kind} literal`);
        return false;
      }
      return true;
    };
    const decimalTail = (): string | null => {
      let c: string;
      for (;;) {
        do c = nextc();
        while (isDigit(c));
        if (c !== '_') break;
        c = nextc();
        if (!isDigit(c)) {
          backup();
          failed = error('invalid decimal literal');
          return null;
        }
      }
      return c;
    };
    let c = nextc();
    type Stage = 'int' | 'fraction' | 'exponent' | 'imaginary' | 'done';
    let stage: Stage = 'int';
    if (c === '.') {
      c = nextc();
      stage = 'fraction';
    } else if (c === '0') {
      c = nextc();
      const lower = c.toLowerCase();
      if (lower === 'x' || lower === 'o' || lower === 'b') {
        const kind = lower === 'x' ? 'hexadecimal' : lower === 'o' ? 'octal' : 'binary';
        const ok = lower === 'x' ? isHex : lower === 'o' ? (d: string) => d >= '0' && d < '8' : (d: string) => d === '0' || d === '1';
        c = nextc();
        do {
          if (c === '_') c = nextc();
          if (!ok(c)) {
            if (lower !== 'x' && isDigit(c)) return error(`invalid digit '${c}' in ${kind} literal`);
            backup();
            return error(`invalid ${kind} literal`);
          }
          do c = nextc();
          while (ok(c));
        } while (c === '_');
        if (lower !== 'x' && isDigit(c)) return error(`invalid digit '${c}' in ${kind} literal`);
        if (!verifyEnd(c, kind)) return failed;
        stage = 'done';
      } else {
        let nonzero = false;
        for (;;) {
          if (c === '_') {
            c = nextc();
            if (!isDigit(c)) {
              backup();
              return error('invalid decimal literal');
            }
          }
          if (c !== '0') break;
          c = nextc();
        }
        const zerosEnd = cur - 1;
        if (isDigit(c)) {
          nonzero = true;
          const t = decimalTail();
          if (t === null) return failed;
          c = t;
        }
        if (c === '.') {
          c = nextc();
          stage = 'fraction';
        } else if (c === 'e' || c === 'E') stage = 'exponent';
        else if (c === 'j' || c === 'J') stage = 'imaginary';
        else if (nonzero) {
          const s = this.colOf(start) + 1;
          const e = this.colOf(zerosEnd);
          return this.fail(
            this.err(
              'SyntaxError',
              'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
              this.line,
              s,
              this.line,
              e + 1,
            ),
            'raised',
          );
        } else {
          if (!verifyEnd(c, 'decimal')) return failed;
          stage = 'done';
        }
      }
    } else {
      backup();
      const t = decimalTail();
      if (t === null) return failed;
      c = t;
      if (c === '.') {
        c = nextc();
        stage = 'fraction';
      } else stage = 'exponent';
    }
    if (stage === 'fraction') {
      if (isDigit(c)) {
        const t = decimalTail();
        if (t === null) return failed;
        c = t;
      }
      stage = 'exponent';
    }
    if (stage === 'exponent') {
      stage = 'imaginary';
      if (c === 'e' || c === 'E') {
        const e = c;
        c = nextc();
        if (c === '+' || c === '-') {
          c = nextc();
          if (!isDigit(c)) {
            backup();
            return error('invalid decimal literal');
          }
        } else if (!isDigit(c)) {
          backup();
          if (!verifyEnd(e, 'decimal')) return failed;
          backup();
          this.i = cur;
          this.push('NUMBER', start, cur);
          return null;
        }
        const t = decimalTail();
        if (t === null) return failed;
        c = t;
      }
    }
    if (stage === 'imaginary') {
      if (c === 'j' || c === 'J') {
        c = nextc();
        if (!verifyEnd(c, 'imaginary')) return failed;
      } else if (!verifyEnd(c, 'decimal')) return failed;
    }
    backup();
    this.i = cur;
    this.push('NUMBER', start, cur);
    return null;
  }
}

export function tokenize(source: string, filename: string): LexResult {
  return new Lexer(source, filename).run();
}
