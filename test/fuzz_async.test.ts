// A fixed set of programs from the asyncio fuzzer (test/tools/fuzz_async.py), run differentially
// against python3 (stdout, last stderr line, exit code). The seeds are ones whose programs fire at
// most one timer, in 200 ms slots, so that a loaded machine hardly ever delays CPython's timers
// enough to change the order of events. The full fuzzer, with step sequences and any range of
// seeds, is test/tools/fuzz_async.mjs.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { runPython, runYieldpoint, runProcessFull, pool, PYTHON, Outcome } from './support/differential';

const SEEDS = [39, 61, 71, 84, 87, 90, 94, 107, 110, 114, 208, 219, 229, 260, 292, 314, 348, 370, 392, 394];

describe('asyncio fuzzer seeds (differential against python3)', function () {
  this.timeout(600000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-async-'));
  const results = new Map<number, [Outcome, Outcome]>();
  before(async () => {
    await pool(SEEDS, 4, async (seed) => {
      const gen = await runProcessFull(PYTHON, [path.join('test', 'tools', 'fuzz_async.py'), String(seed), '0.2']);
      assert.strictEqual(gen.code, 0, gen.stderr);
      const file = path.join(dir, `seed_${seed}.py`);
      fs.writeFileSync(file, gen.stdout);
      let [py, yp] = await Promise.all([runPython(file), runYieldpoint(file)]);
      // A loaded machine can still delay CPython's timers by a slot: ask the oracle again.
      for (let i = 0; i < 2 && !isDeepStrictEqual(yp, py); i++) py = await runPython(file);
      results.set(seed, [py, yp]);
    });
    for (const [seed, r] of results) {
      if (!isDeepStrictEqual(r[1], r[0])) r[0] = await runPython(path.join(dir, `seed_${seed}.py`));
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const seed of SEEDS) {
    it(`seed ${seed}`, () => {
      const [py, yp] = results.get(seed)!;
      assert.deepStrictEqual(yp, py);
    });
  }
});
