// The lines where a task can yield: `await`, `async for` and `async with` (in comprehensions too).
// Found with the runtime's tokenizer, so comments and strings never count; no VS Code here.
import { tokenize } from '../runtime/lexer';

/**
 * 1-based line numbers, ascending. A tokenizer error ends the scan: lines before it still count.
 * An f-string is one token in Python 3.11, so an `await` inside its braces is not seen.
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
  return [...lines].sort((a, b) => a - b);
}
