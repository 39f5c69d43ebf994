// CPython's traceback format for uncaught exceptions and syntax errors.
import { PyVal, None } from './object';
import { PyException } from './exceptions';
import { str, repr, typeOf } from './ops';
import { PySyntaxError } from './sourceError';
import { PyList } from './types';

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
