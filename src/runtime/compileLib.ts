// Build-time compilation of the library modules written in Python (src/runtime/lib/*.py), so a
// program that imports asyncio does not parse and compile it at start-up.
import { parse } from './parser';
import { compile } from './codegen';

/** The modules implemented natively in modules.ts; the rest are src/runtime/lib/NAME.py. */
export const NATIVE_MODULES = ['sys', 'math', 'time', 'random', '_yieldpoint', '_asyncio', '_collections', '_contextvars', 'contextvars', '_string'];

export function compileLibModule(source: string, name: string, libNames: string[]): string {
  const filename = `<yieldpoint:${name}>`;
  return compile(parse(source, filename), { filename, source, modules: new Set([...NATIVE_MODULES, ...libNames]) });
}
