// The lines where a task can yield: `await`, `async for` and `async with` (in comprehensions too).
// Found with the runtime's tokenizer and parser, so comments and strings never count; no VS Code here.
import { tokenize } from '../runtime/lexer';
import { parse } from '../runtime/parser';

/**
 * 1-based line numbers, ascending. The tokens give every keyword outside f-strings, and the lines
 * before a tokenizer error in a file being edited; the syntax tree, when the file parses, adds the
 * awaits inside f-string braces (an f-string is one token in Python 3.11).
 */
export function yieldPointLines(source: string): number[] {
  const { tokens } = tokenize(source, '<editor>');
  const lines = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'NAME') continue;
    const next = tokens[i + 1];
    if (t.value === 'await' || (t.value === 'async' && next?.type === 'NAME' && (next.value === 'for' || next.value === 'with'))) lines.add(t.lineno);
  }
  if (tokens.some((t) => t.type === 'STRING' && /^[a-zA-Z]*[fF]/.test(String(t.value)))) {
    try {
      awaitsInFStrings(parse(source, '<editor>'), false, lines);
    } catch {
      // A file that does not parse keeps what the tokens found.
    }
  }
  return [...lines].sort((a, b) => a - b);
}

type Node = { _type?: string; lineno?: number; [k: string]: unknown };
/** Adds the lines of the awaits (and async comprehensions) found inside f-strings under `n`. */
function awaitsInFStrings(n: unknown, inFString: boolean, lines: Set<number>): void {
  if (Array.isArray(n)) { for (const c of n) awaitsInFStrings(c, inFString, lines); return; }
  if (!n || typeof n !== 'object') return;
  const node = n as Node;
  const inside = inFString || node._type === 'JoinedStr';
  const asyncComp = Array.isArray(node.generators) && node.generators.some((g: Node) => g.is_async);
  if (inside && typeof node.lineno === 'number' && (node._type === 'Await' || asyncComp)) lines.add(node.lineno);
  for (const k of Object.keys(node)) if (k !== '_type') awaitsInFStrings(node[k], inside, lines);
}
