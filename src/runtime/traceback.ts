// CPython's traceback format for uncaught exceptions and syntax errors.
import { PyVal, None, PyObject, Code, makeType, PyFunction, functionType } from './object';
import { PyException, isExc, AttributeError, NameError, BaseExceptionGroup } from './exceptions';
import { str, repr, typeOf, call, toArray } from './ops';
import { builtins } from './builtins';
import { PySyntaxError } from './sourceError';
import { PyList, PyTuple, frameType, tracebackType, tuple, generatorType, coroutineType, asyncGeneratorType } from './types';
import { PyGenerator } from './generator';
import { PyDict } from './dict';
import { getter, method } from './native';
import { setTracebackObject, setFrameObject, closureNames } from './typeobject';
import { setTracebackOf } from './rt';
import { Frame } from './frame';
import { frameObjectHook } from './coroutine';
import { entryViews, caretLine, EntryView } from './tracebackCarets';
import { globalsDict } from './globalsDict';

// ---------------------------------------------------------------- traceback, frame and code objects
const codeType = makeType('code');
class PyCodeObj extends PyObject { constructor(readonly code: Code) { super(codeType); } }
class PyFrameObj extends PyObject { constructor(readonly frame: Frame) { super(frameType); } }
class PyTracebackObj extends PyObject {
  /** exc.tb[index] is this entry (for the caret lines of traceback.format_tb). */
  constructor(readonly frame: Frame, readonly line: number, readonly next: PyVal, readonly exc?: PyException, readonly index = 0) { super(tracebackType); }
}
const codeObjs = new WeakMap<Code, PyCodeObj>();
const frameObjs = new WeakMap<Frame, PyFrameObj>();
function codeObject(c: Code): PyCodeObj {
  let o = codeObjs.get(c);
  if (!o) { o = new PyCodeObj(c); codeObjs.set(c, o); }
  return o;
}
export function frameObject(f: Frame): PyFrameObj {
  let o = frameObjs.get(f);
  if (!o) { o = new PyFrameObj(f); frameObjs.set(f, o); }
  return o;
}
/** e.__traceback__: outermost entry first, tb_next leading to where the exception was raised. */
export function tracebackObject(e: PyException): PyVal {
  let next: PyVal = None;
  e.tb.forEach((t, i) => { next = new PyTracebackObj(t.frame as Frame, t.line, next, e, i); });
  return next;
}
setTracebackObject(tracebackObject);
setTracebackOf(tracebackObject);
setFrameObject((f) => frameObject(f as unknown as Frame));
frameObjectHook.fn = frameObject;
const tbo = (v: PyVal) => v as PyTracebackObj;
getter(tracebackType, 'tb_lineno', (self) => tbo(self).line);
getter(tracebackType, 'tb_next', (self) => tbo(self).next);
getter(tracebackType, 'tb_frame', (self) => frameObject(tbo(self).frame));
getter(tracebackType, 'tb_lasti', () => -1);
const fro = (v: PyVal) => (v as PyFrameObj).frame;
// A coroutine that has not started is at its `def` line.
getter(frameType, 'f_lineno', (self) => fro(self).l || fro(self).code.firstLine);
getter(frameType, 'f_code', (self) => codeObject(fro(self).code));
getter(frameType, 'f_back', (self) => { const b = fro(self).back; return b ? frameObject(b) : None; });
getter(frameType, 'f_globals', (self) => { let f: Frame | null = fro(self); while (f && !f.globals) f = f.back; return f?.globals ? globalsDict(f.globals) : new PyDict(); });
getter(frameType, 'f_locals', (self) => {
  const f = fro(self);
  if (f.globals) return globalsDict(f.globals);
  const d = new PyDict();
  if (f.v) f.code.frameVars.forEach((n, i) => { if (f.v![i] !== undefined) d.set(n, f.v![i]); });
  return d;
});
method(frameType, '__repr__', (self) => `<frame at 0x7f0000002000, file '${fro(self).code.filename}', line ${fro(self).l}, code ${fro(self).code.name}>`);
const co = (v: PyVal) => (v as PyCodeObj).code;
getter(codeType, 'co_name', (self) => co(self).name);
getter(codeType, 'co_qualname', (self) => co(self).qualname);
getter(codeType, 'co_filename', (self) => co(self).filename);
getter(codeType, 'co_firstlineno', (self) => co(self).firstLine);
// CPython's order: positional parameters, keyword-only ones, *args, **kwargs, then the other locals
// (the runtime keeps *args before the keyword-only ones).
getter(codeType, 'co_varnames', (self) => {
  const names = co(self).varnames, f = codeFns.get(self as PyCodeObj);
  if (!f) return tuple(names);
  const params = [...f.sig.params, ...f.sig.kwOnly];
  if (f.sig.varargs) params.push(f.sig.varargs);
  if (f.sig.varkw) params.push(f.sig.varkw);
  return tuple([...params, ...names.filter((n) => !params.includes(n))]);
});
getter(codeType, 'co_freevars', (self) => { const f = codeFns.get(self as PyCodeObj); return tuple(f ? closureNames(f) : []); });
getter(codeType, 'co_argcount', (self) => { const f = codeFns.get(self as PyCodeObj); return f ? f.sig.params.length : 0; });
const codeFns = new WeakMap<PyCodeObj, PyFunction>();
getter(functionType, '__code__', (self) => { const c = codeObject((self as PyFunction).code); codeFns.set(c, self as PyFunction); return c; });
getter(codeType, 'co_posonlyargcount', (self) => { const f = codeFns.get(self as PyCodeObj); return f ? f.sig.posOnly : 0; });
getter(codeType, 'co_kwonlyargcount', (self) => { const f = codeFns.get(self as PyCodeObj); return f ? f.sig.kwOnly.length : 0; });
// CO_OPTIMIZED|CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS, and the kind (CO_GENERATOR, CO_COROUTINE,
// CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR).
const CO_KIND: Record<string, number> = { generator: 0x20, coroutine: 0x80, asyncgen: 0x200 };
getter(codeType, 'co_flags', (self) => {
  const c = co(self), f = codeFns.get(self as PyCodeObj);
  let flags = c.kind === 'module' || c.kind === 'class' ? 0 : 3;
  if (f?.sig.varargs) flags |= 4;
  if (f?.sig.varkw) flags |= 8;
  flags |= CO_KIND[c.kind] ?? 0;
  if (c.iterableCoroutine) flags |= 0x100;
  return flags;
});
method(codeType, '__repr__', (self) => `<code object ${co(self).name} at 0x7f0000003000, file "${co(self).filename}", line ${co(self).firstLine}>`);

// gi_code, cr_code, ag_code; gi_suspended, cr_suspended (started, not finished, not running).
for (const [t, p] of [[generatorType, 'gi'], [coroutineType, 'cr'], [asyncGeneratorType, 'ag']] as const) {
  getter(t, `${p}_code`, (self) => codeObject((self as PyGenerator).frame.code));
  if (p !== 'ag') getter(t, `${p}_suspended`, (self) => { const g = self as PyGenerator; return g.started && !g.finished && !g.running; });
}

export type SourceLookup = (filename: string) => string[] | undefined;

function excLine(e: PyException): string {
  const t = typeOf(e);
  const name = t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`;
  let msg: string;
  try { msg = str(e); } catch { msg = `<exception str() failed>`; }
  try {
    const s = suggestion(e);
    if (s !== null) msg += `. Did you mean: '${s}'?`;
  } catch { /* no suggestion */ }
  return msg ? `${name}: ${msg}` : name;
}

// ---------------------------------------------------------------- "Did you mean" (Python/suggestions.c, 3.11)
const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;
const utf8 = new TextEncoder();

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

function levenshtein(a: Uint8Array, b: Uint8Array, maxCost: number): number {
  let as = 0, bs = 0, ae = a.length, be = b.length;
  while (as < ae && bs < be && a[as] === b[bs]) { as++; bs++; }
  while (as < ae && bs < be && a[ae - 1] === b[be - 1]) { ae--; be--; }
  let aLen = ae - as, bLen = be - bs;
  if (aLen === 0 || bLen === 0) return (aLen + bLen) * MOVE_COST;
  if (aLen > MAX_STRING_SIZE || bLen > MAX_STRING_SIZE) return maxCost + 1;
  let x = a.subarray(as, ae), y = b.subarray(bs, be);
  if (bLen < aLen) { [x, y] = [y, x]; [aLen, bLen] = [bLen, aLen]; }
  if ((bLen - aLen) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0, tmp = MOVE_COST; i < aLen; i++, tmp += MOVE_COST) buffer[i] = tmp;
  let result = 0;
  for (let bi = 0; bi < bLen; bi++) {
    const code = y[bi];
    let distance = result = bi * MOVE_COST;
    let minimum = Infinity;
    for (let i = 0; i < aLen; i++) {
      const substitute = distance + substitutionCost(code, x[i]);
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

function calculateSuggestions(dir: PyVal[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameBytes = utf8.encode(name);
  let best = Infinity;
  let suggestion: string | null = null;
  for (const item of dir) {
    if (typeof item !== 'string' || item === name) continue;
    const itemBytes = utf8.encode(item);
    let maxDistance = Math.floor((nameBytes.length + itemBytes.length + 3) * MOVE_COST / 6);
    maxDistance = Math.min(maxDistance, best - 1);
    const d = levenshtein(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (suggestion === null || d < best) { suggestion = item; best = d; }
  }
  return suggestion;
}

const BUILTIN_ORDER = `__name__ __doc__ __package__ __loader__ __spec__ __build_class__ __import__ abs all any ascii bin breakpoint
  callable chr compile delattr dir divmod eval exec format getattr globals hasattr hash hex id input isinstance issubclass iter aiter
  len locals max min next anext oct ord pow print repr round setattr sorted sum vars None Ellipsis NotImplemented False True bool
  memoryview bytearray bytes classmethod complex dict enumerate filter float frozenset property int list map object range reversed
  set slice staticmethod str super tuple type zip __debug__ BaseException BaseExceptionGroup Exception GeneratorExit
  KeyboardInterrupt SystemExit ArithmeticError AssertionError AttributeError BufferError EOFError ImportError LookupError
  MemoryError NameError OSError ReferenceError RuntimeError StopAsyncIteration StopIteration SyntaxError SystemError TypeError
  ValueError Warning FloatingPointError OverflowError ZeroDivisionError BytesWarning DeprecationWarning EncodingWarning
  FutureWarning ImportWarning PendingDeprecationWarning ResourceWarning RuntimeWarning SyntaxWarning UnicodeWarning UserWarning
  BlockingIOError ChildProcessError ConnectionError FileExistsError FileNotFoundError InterruptedError IsADirectoryError
  NotADirectoryError PermissionError ProcessLookupError TimeoutError IndentationError IndexError KeyError ModuleNotFoundError
  NotImplementedError RecursionError UnboundLocalError UnicodeError BrokenPipeError ConnectionAbortedError
  ConnectionRefusedError ConnectionResetError TabError UnicodeDecodeError UnicodeEncodeError UnicodeTranslateError
  ExceptionGroup EnvironmentError IOError open quit exit copyright credits license help`.split(/\s+/);
const MODULE_DUNDERS = ['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__annotations__', '__builtins__', '__file__', '__cached__'];

/** What CPython appends to a NameError/AttributeError message when printing it. */
export function suggestion(e: PyException): string | null {
  const name = e.dict?.get('name');
  if (typeof name !== 'string') return null;
  if (isExc(e, AttributeError)) {
    const obj = e.dict!.get('obj');
    if (obj === undefined) return null;
    const d = toArray(call(builtins.get('dir')!, [obj])).filter((x): x is string => typeof x === 'string').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return calculateSuggestions(d, name);
  }
  if (!isExc(e, NameError) || !e.tb.length) return null;
  const frame = e.tb[0].frame as Frame;
  const fromLocals = frame.globals ? null : calculateSuggestions(frame.code.varnames, name);
  if (fromLocals !== null) return fromLocals;
  let g: Frame | null = frame;
  while (g && !g.globals) g = g.back;
  if (g?.globals) {
    const keys = [...g.globals.keys()];
    const d = [...MODULE_DUNDERS, ...keys.filter((k) => !MODULE_DUNDERS.includes(k))];
    const fromGlobals = calculateSuggestions(d, name);
    if (fromGlobals !== null) return fromGlobals;
  }
  const b = BUILTIN_ORDER.filter((k) => builtins.has(k) || k.startsWith('__'));
  return calculateSuggestions(b, name);
}

const RECURSIVE_CUTOFF = 3;

/** One line of a report for each entry of e's traceback from e.tb[from] outwards to the innermost
 * (a comprehension inside its function's entry is an entry of its own, as CPython's frame for
 * it), outermost first: filename, line, function name and the text CPython prints for it (the
 * source line and its caret line). */
function entryTexts(e: PyException, lines: SourceLookup, from = e.tb.length - 1): { file: string; line: number; name: string; text: string }[] {
  const out: { file: string; line: number; name: string; text: string }[] = [];
  for (let i = from; i >= 0; i--) {
    const t = e.tb[i];
    // CPython shows no source for code from strings ('<string>', '<yieldpoint:dataclasses>').
    const src = /^<.*>$/.test(t.code.filename) ? undefined : lines(t.code.filename);
    let views: EntryView[];
    try { views = entryViews(t, i > 0 ? e.tb[i - 1] : null, e, src); } catch { views = [{ name: t.code.name, line: t.line, node: null }]; }
    for (const v of views) {
      let text = `  File "${t.code.filename}", line ${v.line}, in ${v.name}\n`;
      const code = src?.[v.line - 1]?.replace(/\r$/, '');
      if (code !== undefined && code.trim()) {
        text += `    ${code.replace(/^[ \t\f]+/, '')}\n`;
        let caret: string | null = null;
        try { caret = v.node ? caretLine(code, v.node) : null; } catch { /* no caret line */ }
        if (caret !== null) text += caret + '\n';
      }
      out.push({ file: t.code.filename, line: v.line, name: v.name, text });
    }
  }
  return out;
}

/** The entries of e's traceback, outermost first, with CPython's caret lines and its folding of
 * a line repeated more than three times in a row (Python/traceback.c tb_printinternal). */
function formatStack(e: PyException, lines: SourceLookup): string {
  let out = '';
  let last = '', count = 0;
  const repeated = () => `  [Previous line repeated ${count - RECURSIVE_CUTOFF} more time${count - RECURSIVE_CUTOFF > 1 ? 's' : ''}]\n`;
  for (const v of entryTexts(e, lines)) {
    const key = `${v.file}\0${v.line}\0${v.name}`;
    if (key !== last) {
      if (count > RECURSIVE_CUTOFF) out += repeated();
      last = key;
      count = 0;
    }
    if (++count > RECURSIVE_CUTOFF) continue;
    out += v.text;
  }
  if (count > RECURSIVE_CUTOFF) out += repeated();
  return out;
}

/** traceback.extract_tb's entries from traceback object tb on: (filename, lineno, name, text)
 * each, unfolded (StackSummary.format folds repeats). */
export function tracebackEntries(tb: PyVal, lines: SourceLookup): PyVal[] {
  if (!(tb instanceof PyTracebackObj) || !tb.exc) return [];
  return entryTexts(tb.exc, lines, tb.index).map((v) => tuple([v.file, v.line, v.name, v.text]));
}

export function formatExceptionOnly(e: PyException): string {
  let out = excLine(e) + '\n';
  const notes = e.dict?.get('__notes__');
  if (notes instanceof PyList) for (const n of notes.items) out += str(n) + '\n';
  return out;
}

const MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

/** The whole report, chained exceptions first, exception groups nested and framed, as CPython
 * prints it (Lib/traceback.py TracebackException.format and _ExceptionPrintContext). */
export function formatException(e: PyException, lines: SourceLookup, chained = true): string {
  const seen = new Set<PyVal>();
  const ctx = { depth: 0, needClose: false };
  const indent = () => ' '.repeat(2 * ctx.depth);
  const emit = (text: string, margin = '|'): string => {
    const prefix = indent() + (ctx.depth ? margin + ' ' : '');
    return text.split(/(?<=\n)/).filter((l) => l !== '').map((l) => prefix + l).join('');
  };
  const format = (top: PyException): string => {
    const chain: Array<[string | null, PyException]> = [];
    for (let x: PyException | null = top; x;) {
      seen.add(x);
      let msg: string | null = null, next: PyException | null = null;
      if (!chained) { /* the exception alone, as sys.unraisablehook prints it */ }
      else if (x.cause instanceof PyException) {
        if (!seen.has(x.cause)) { msg = '\nThe above exception was the direct cause of the following exception:\n\n'; next = x.cause; }
      } else if (x.context instanceof PyException && !x.suppressContext && !seen.has(x.context)) {
        msg = '\nDuring handling of the above exception, another exception occurred:\n\n'; next = x.context;
      }
      chain.push([msg, x]);
      x = next;
    }
    let out = '';
    for (let i = chain.length - 1; i >= 0; i--) {
      const [msg, x] = chain[i];
      if (msg !== null) out += emit(msg);
      if (!isExc(x, BaseExceptionGroup)) {
        if (x.tb.length) out += emit('Traceback (most recent call last):\n') + emit(formatStack(x, lines));
        out += emit(formatExceptionOnly(x));
      } else if (ctx.depth > MAX_GROUP_DEPTH) {
        out += emit(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
      } else {
        const isTop = ctx.depth === 0;
        if (isTop) ctx.depth++;
        if (x.tb.length) out += emit('Exception Group Traceback (most recent call last):\n', isTop ? '+' : '|') + emit(formatStack(x, lines));
        out += emit(formatExceptionOnly(x));
        const excs = (x.dict!.get('exceptions') as PyTuple).items as PyException[];
        const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (let j = 0; j < n; j++) {
          const last = j === n - 1;
          if (last) ctx.needClose = true;
          const truncated = j >= MAX_GROUP_WIDTH;
          out += indent() + (j === 0 ? '+-' : '  ') + `+---------------- ${truncated ? '...' : j + 1} ----------------\n`;
          ctx.depth++;
          if (!truncated) out += format(excs[j]);
          else {
            const remaining = excs.length - MAX_GROUP_WIDTH;
            out += emit(`and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
          }
          if (last && ctx.needClose) {
            out += indent() + '+------------------------------------\n';
            ctx.needClose = false;
          }
          ctx.depth--;
        }
        if (isTop) ctx.depth = 0;
      }
    }
    return out;
  };
  return format(e);
}

/** `shownAs` names the program in Yieldpoint's own refusal of an unsupported construct. */
export function formatSyntaxError(e: PySyntaxError, shownAs = e.filename): string {
  if (e.kind === 'unsupported') return `${shownAs}:${e.lineno}:${e.offset}: unsupported: ${e.msg}\n`;
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  const text = e.text.replace(/\n$/, '');
  if (text.trim()) {
    // CPython's print_exception / print_error_text: a range over several lines runs to the end of
    // the first; no caret when the offset points into the indentation.
    const lineSize = text.length + 1;
    let endOffset = e.endOffset ?? -1;
    if ((e.endLineno ?? e.lineno) > e.lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    const carets = endOffset > 0 && endOffset > e.offset ? endOffset - e.offset : 1;
    const stripped = text.replace(/^[ \t\f]+/, '');
    const offset = Math.min(e.offset - 1 - (text.length - stripped.length), stripped.length);
    out += `    ${stripped}\n`;
    if (offset >= 0) out += '    ' + ' '.repeat(offset) + '^'.repeat(carets) + '\n';
  }
  out += `${e.kind}: ${e.msg}\n`;
  return out;
}
export { None, repr };
