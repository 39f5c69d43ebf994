// CPython's traceback format for uncaught exceptions and syntax errors.
import { PyVal, None, PyObject, Code, makeType, PyFunction, functionType } from './object';
import { PyException } from './exceptions';
import { str, repr, typeOf } from './ops';
import { PySyntaxError } from './sourceError';
import { PyList, frameType, tracebackType, tuple } from './types';
import { PyDict } from './dict';
import { getter, method } from './native';
import { setTracebackObject, setFrameObject } from './typeobject';
import { setTracebackOf } from './rt';
import { Frame } from './frame';

// ---------------------------------------------------------------- traceback, frame and code objects
const codeType = makeType('code');
class PyCodeObj extends PyObject { constructor(readonly code: Code) { super(codeType); } }
class PyFrameObj extends PyObject { constructor(readonly frame: Frame) { super(frameType); } }
class PyTracebackObj extends PyObject {
  constructor(readonly frame: Frame, readonly line: number, readonly next: PyVal) { super(tracebackType); }
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
  for (const t of e.tb) next = new PyTracebackObj(t.frame as Frame, t.line, next);
  return next;
}
setTracebackObject(tracebackObject);
setTracebackOf(tracebackObject);
setFrameObject((f) => frameObject(f as unknown as Frame));
const tbo = (v: PyVal) => v as PyTracebackObj;
getter(tracebackType, 'tb_lineno', (self) => tbo(self).line);
getter(tracebackType, 'tb_next', (self) => tbo(self).next);
getter(tracebackType, 'tb_frame', (self) => frameObject(tbo(self).frame));
getter(tracebackType, 'tb_lasti', () => -1);
const fro = (v: PyVal) => (v as PyFrameObj).frame;
getter(frameType, 'f_lineno', (self) => fro(self).l);
getter(frameType, 'f_code', (self) => codeObject(fro(self).code));
getter(frameType, 'f_back', (self) => { const b = fro(self).back; return b ? frameObject(b) : None; });
getter(frameType, 'f_globals', (self) => { let f: Frame | null = fro(self); while (f && !f.globals) f = f.back; return f?.globals ? PyDict.fromMap(f.globals) : new PyDict(); });
getter(frameType, 'f_locals', (self) => {
  const f = fro(self);
  if (f.globals) return PyDict.fromMap(f.globals);
  const d = new PyDict();
  if (f.v) f.code.varnames.forEach((n, i) => { if (f.v![i] !== undefined) d.set(n, f.v![i]); });
  return d;
});
method(frameType, '__repr__', (self) => `<frame at 0x7f0000002000, file '${fro(self).code.filename}', line ${fro(self).l}, code ${fro(self).code.name}>`);
const co = (v: PyVal) => (v as PyCodeObj).code;
getter(codeType, 'co_name', (self) => co(self).name);
getter(codeType, 'co_qualname', (self) => co(self).qualname);
getter(codeType, 'co_filename', (self) => co(self).filename);
getter(codeType, 'co_firstlineno', (self) => co(self).firstLine);
getter(codeType, 'co_varnames', (self) => tuple(co(self).varnames));
getter(codeType, 'co_argcount', (self) => { const f = codeFns.get(self as PyCodeObj); return f ? f.sig.params.length : 0; });
const codeFns = new WeakMap<PyCodeObj, PyFunction>();
getter(functionType, '__code__', (self) => { const c = codeObject((self as PyFunction).code); codeFns.set(c, self as PyFunction); return c; });
method(codeType, '__repr__', (self) => `<code object ${co(self).name} at 0x7f0000003000, file "${co(self).filename}", line ${co(self).firstLine}>`);

export type SourceLookup = (filename: string) => string[] | undefined;

function excLine(e: PyException): string {
  const t = typeOf(e);
  const name = t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`;
  let msg: string;
  try { msg = str(e); } catch { msg = `<exception str() failed>`; }
  return msg ? `${name}: ${msg}` : name;
}

function formatOne(e: PyException, lines: SourceLookup): string {
  let out = '';
  if (e.tb.length) {
    out += 'Traceback (most recent call last):\n';
    for (let i = e.tb.length - 1; i >= 0; i--) {
      const t = e.tb[i];
      out += `  File "${t.code.filename}", line ${t.line}, in ${t.code.name}\n`;
      const src = lines(t.code.filename)?.[t.line - 1];
      if (src !== undefined && src.trim()) out += `    ${src.trim()}\n`;
    }
  }
  out += excLine(e) + '\n';
  const notes = e.dict?.get('__notes__');
  if (notes instanceof PyList) for (const n of notes.items) out += str(n) + '\n';
  return out;
}

/** The whole report, chained exceptions first, as CPython prints it. */
export function formatException(e: PyException, lines: SourceLookup): string {
  const seen = new Set<PyVal>();
  const chain = (x: PyException): string => {
    seen.add(x);
    let out = '';
    if (x.cause instanceof PyException && !seen.has(x.cause)) {
      out += chain(x.cause) + '\nThe above exception was the direct cause of the following exception:\n\n';
    } else if (x.context instanceof PyException && !x.suppressContext && !seen.has(x.context)) {
      out += chain(x.context) + '\nDuring handling of the above exception, another exception occurred:\n\n';
    }
    return out + formatOne(x, lines);
  };
  return chain(e);
}

export function formatSyntaxError(e: PySyntaxError): string {
  if (e.kind === 'unsupported') return `${e.filename}:${e.lineno}:${e.offset}: unsupported: ${e.msg}\n`;
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  const text = e.text.replace(/\n$/, '');
  if (text.trim()) {
    const stripped = text.replace(/^[ \t\f]+/, '');
    const indent = text.length - stripped.length;
    out += `    ${stripped}\n`;
    const start = Math.max(1, e.offset - indent);
    let width = 1;
    if (e.endLineno === e.lineno && e.endOffset !== undefined && e.endOffset > e.offset) width = e.endOffset - e.offset;
    out += '    ' + ' '.repeat(start - 1) + '^'.repeat(Math.min(width, Math.max(1, stripped.length - start + 2))) + '\n';
  }
  out += `${e.kind}: ${e.msg}\n`;
  return out;
}
export { None, repr };
