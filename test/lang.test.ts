// The language corpus: every test/lang program must behave exactly as under CPython 3.11,
// with no debugger and again with the debugger trap armed on every statement.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runPython, runYieldpoint, pool, Outcome } from './support/differential';

const dir = path.join(__dirname, 'lang');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
/** Programs Yieldpoint does not yet run as CPython does: reported as pending. */
const known = new Set(fs.readFileSync(path.join(dir, 'KNOWN_FAILURES'), 'utf8').split('\n').filter(Boolean));

describe('language corpus (differential against python3)', function () {
  this.timeout(600000);
  const results = new Map<string, [Outcome, Outcome, Outcome]>();
  before(async () => {
    await pool(files, 4, async (f) => {
      const file = path.join('test', 'lang', f);
      const [py, yp, armed] = await Promise.all([runPython(file), runYieldpoint(file), runYieldpoint(file, [], { YIELDPOINT_ARM_ALL: '1' })]);
      results.set(f, [py, yp, armed]);
    });
  });
  it('has at least 200 programs', () => assert.ok(files.length >= 200, `${files.length} programs`));
  for (const f of files) {
    if (known.has(f)) {
      // Reported as pending, never as a pass.
      it(`${f} (known failure, see test/lang/KNOWN_FAILURES)`);
      continue;
    }
    it(f, () => {
      const [py, yp, armed] = results.get(f)!;
      assert.deepStrictEqual(yp, py);
      assert.deepStrictEqual(armed, py, 'with the debugger armed on every statement');
    });
  }
  it(`runs all but ${known.size} programs exactly as CPython`, () => assert.ok(files.length - known.size >= 150));
});
