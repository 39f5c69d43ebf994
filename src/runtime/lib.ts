// Library modules written in Python (src/runtime/lib/*.py), bundled as text.
import typing from './lib/typing.py';

export const pyLib: Record<string, string> = { typing };
