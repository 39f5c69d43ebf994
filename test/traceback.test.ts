// Uncaught exceptions print CPython 3.11's whole report on stderr: every traceback entry, its
// source line and the caret line under the expression that failed (~~~^~~~ for binary operators
// and subscripts; none where the expression is the whole line), chained exceptions, repeated
// lines folded. Each program in test/traceback ends with an uncaught exception.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runProcessFull, PYTHON, CLI, pool, FullOutcome } from './support/differential';

const dir = path.join(__dirname, 'traceback');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

describe('tracebacks (full stderr, differential against python3)', function () {
  this.timeout(600000);
  const results = new Map<string, [FullOutcome, FullOutcome]>();
  before(async () => {
    await pool(files, 4, async (f) => {
      const file = path.join('test', 'traceback', f);
      const [py, yp] = await Promise.all([runProcessFull(PYTHON, [file]), runProcessFull(process.execPath, [CLI, 'run', file])]);
      results.set(f, [py, yp]);
    });
  });
  for (const f of files) {
    it(f, () => {
      const [py, yp] = results.get(f)!;
      assert.strictEqual(py.code, 1, 'the program ends with an uncaught exception');
      assert.deepStrictEqual(yp, py);
    });
  }
});
