import * as assert from 'node:assert';
import { yieldPointLines } from '../../src/extension/yieldPoints';

describe('yield-point lines (editor markers)', () => {
  it('marks await, async for and async with, not async def', () => {
    const src = [
      'async def main():',            // 1
      '    await asyncio.sleep(0)',   // 2
      '    async for x in agen():',   // 3
      '        pass',                 // 4
      '    async with lock:',         // 5
      '        x = [y async for y in agen()]', // 6
      '    return await other()',     // 7
    ].join('\n');
    assert.deepStrictEqual(yieldPointLines(src), [2, 3, 5, 6, 7]);
  });

  it('ignores comments, strings and names that only contain the words', () => {
    const src = [
      'async def f():',
      '    # await in a comment',
      "    s = 'await x'",
      '    t = """',
      '    await inside a triple-quoted string',
      '    async for too',
      '    """',
      '    awaited = asyncio_await = 1',
      '    asyncfor = 2',
      "    u = f'{x} await'",
      '    return awaited',
    ].join('\n');
    assert.deepStrictEqual(yieldPointLines(src), []);
  });

  it('marks an await inside f-string braces, nested ones too, and not the word in the text', () => {
    const src = [
      'async def f():',                              // 1
      "    print(f'got {await q.get()}')",           // 2
      "    s = f'await {x}'",                         // 3
      "    t = rf'{x:{await w()}}'",                  // 4
      "    u = f'''",                                 // 5
      "    {[y async for y in agen()]}'''",           // 6
    ].join('\n');
    assert.deepStrictEqual(yieldPointLines(src), [2, 4, 6]);
  });

  it('takes the line of the keyword in a statement over several lines', () => {
    const src = 'async def f():\n    x = (1 +\n         await g())\n    y = \\\n        await h()\n';
    assert.deepStrictEqual(yieldPointLines(src), [3, 5]);
  });

  it('keeps the lines before a tokenizer error (a file being edited)', () => {
    const src = 'async def f():\n    await g()\n    s = "unclosed\n    await h()\n';
    assert.deepStrictEqual(yieldPointLines(src), [2]);
  });
});
