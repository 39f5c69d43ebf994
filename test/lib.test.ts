// The library corpus: every test/lib program (collections, functools, itertools, operator,
// heapq, bisect, copy, string, ...) must behave exactly as under CPython 3.11.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runPython, runYieldpoint, pool, Outcome } from './support/differential';

const dir = path.join(__dirname, 'lib');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

describe('library corpus (differential against python3)', function () {
  this.timeout(600000);
  const results = new Map<string, [Outcome, Outcome]>();
  before(async () => {
    await pool(files, 4, async (f) => {
      const file = path.join('test', 'lib', f);
      const [py, yp] = await Promise.all([runPython(file), runYieldpoint(file)]);
      results.set(f, [py, yp]);
    });
  });
  it('has at least 48 programs', () => assert.ok(files.length >= 48, `${files.length} programs`));
  for (const f of files) {
    it(f, () => {
      const [py, yp] = results.get(f)!;
      assert.deepStrictEqual(yp, py);
    });
  }
});
