// A differential corpus: every .py program in a directory must behave exactly as under CPython 3.11
// (stdout, last stderr line, exit code), without a debugger and with the debugger trap armed on
// every statement. Programs listed in the directory's KNOWN_FAILURES are reported as pending. A
// program's stdin is its NAME.stdin file, if there is one.
import * as assert from 'node:assert';
import { isDeepStrictEqual } from 'node:util';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runPython, runYieldpoint, pool, Outcome } from './differential';

export function defineCorpus(title: string, dirName: string, minPassing: number): void {
  const dir = path.join(__dirname, '..', dirName);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
  const knownFile = path.join(dir, 'KNOWN_FAILURES');
  const inputOf = (f: string) => {
    const inFile = path.join(dir, f.replace(/\.py$/, '.stdin'));
    return fs.existsSync(inFile) ? fs.readFileSync(inFile, 'utf8') : undefined;
  };
  const known = new Set(fs.existsSync(knownFile) ? fs.readFileSync(knownFile, 'utf8').split('\n').filter(Boolean) : []);

  describe(title, function () {
    this.timeout(600000);
    const results = new Map<string, [Outcome, Outcome, Outcome]>();
    before(async () => {
      await pool(files.filter((f) => !known.has(f)), 4, async (f) => {
        const file = path.join('test', dirName, f);
        const input = inputOf(f);
        let [py, yp, armed] = await Promise.all([
          runPython(file, [], input), runYieldpoint(file, [], {}, input), runYieldpoint(file, [], { YIELDPOINT_ARM_ALL: '1' }, input),
        ]);
        // CPython's timers run on a real clock: under load, close timers can fire in another order
        // and sleeps overrun. Ours must be an outcome CPython produces, so ask the oracle again
        // before failing: now, and once more below when the pool is done and the machine quiet.
        for (let i = 0; i < 2 && !isDeepStrictEqual(yp, py); i++) py = await runPython(file, [], input);
        results.set(f, [py, yp, armed]);
      });
      for (const [f, r] of results) {
        if (!isDeepStrictEqual(r[1], r[0])) r[0] = await runPython(path.join('test', dirName, f), [], inputOf(f));
      }
    });
    it(`runs at least ${minPassing} programs exactly as CPython`, () => assert.ok(files.length - known.size >= minPassing));
    for (const f of files) {
      if (known.has(f)) { it(`${f} (known failure, listed in test/${dirName}/KNOWN_FAILURES)`); continue; }
      it(f, () => {
        const [py, yp, armed] = results.get(f)!;
        assert.deepStrictEqual(yp, py);
        assert.deepStrictEqual(armed, py, 'with the debugger armed on every statement');
      });
    }
  });
}
