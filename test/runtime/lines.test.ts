import * as assert from 'node:assert';
import { executableLines } from '../../src/runtime/lines';

describe('executable lines (where a breakpoint can stop)', () => {
  it("skips a function's docstring, as CPython 3.11 reports no line for it; keeps class and module ones", () => {
    const src = [
      '"""module doc"""',      // 1: stored as __doc__
      'def f():',              // 2
      '    """doc"""',         // 3: no code
      '    x = 1',             // 4
      '    "middle string"',   // 5: a statement (a NOP with a line)
      '    return x',          // 6
      'class C:',              // 7
      '    """class doc"""',   // 8: stored as __doc__
      '    async def g(self):', // 9
      "        '''doc'''",     // 10: no code
      '        pass',          // 11
    ].join('\n');
    assert.deepStrictEqual([...executableLines(src, 'm.py')].sort((a, b) => a - b), [1, 2, 4, 5, 6, 7, 8, 9, 11]);
  });
});
