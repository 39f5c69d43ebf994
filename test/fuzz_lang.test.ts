// The language fuzzer (test/tools/fuzz_lang.py) in CI: a fixed set of seeds, each program generated
// and run under python3 (the oracle) and under Yieldpoint, with the same comparison as the corpora.
// Hunting with more seeds: test/tools/fuzz_lang.sh N M.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runProcessFull, runPython, runYieldpoint, pool, PYTHON, Outcome } from './support/differential';

const SEEDS = [3, 11, 21, 42, 64, 97, 128, 205, 256, 333, 404, 512, 640, 777, 901, 1024, 1187, 1313, 1500, 2048];
const GENERATOR = path.join(__dirname, 'tools', 'fuzz_lang.py');

describe('language fuzzer seeds (differential against python3)', function () {
  this.timeout(600000);
  const results = new Map<number, [string, Outcome, Outcome]>();
  let dir = '';
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-lang-'));
    await pool(SEEDS, 2, async (seed) => {
      const gen = await runProcessFull(PYTHON, [GENERATOR, String(seed)]);
      assert.strictEqual(gen.code, 0, gen.stderr);
      const file = path.join(dir, `seed${seed}.py`);
      fs.writeFileSync(file, gen.stdout);
      const [py, yp] = await Promise.all([runPython(file), runYieldpoint(file)]);
      results.set(seed, [file, py, yp]);
    });
  });
  // The programs of failing seeds are kept for inspection.
  after(() => {
    if (dir && [...results.values()].every(([, py, yp]) => JSON.stringify(py) === JSON.stringify(yp))) fs.rmSync(dir, { recursive: true, force: true });
  });
  for (const seed of SEEDS) {
    it(`seed ${seed}`, () => {
      const [file, py, yp] = results.get(seed)!;
      assert.deepStrictEqual(yp, py, `${file} (regenerate: python3 test/tools/fuzz_lang.py ${seed})`);
    });
  }
});
