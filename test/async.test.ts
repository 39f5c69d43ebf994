// The asyncio corpus (test/async): program output differential against python3, and the exact
// sequence of task steps (resume line, yield line) checked against CPython's own Task.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defineCorpus } from './support/corpus';
import { cpythonSteps, yieldpointSteps, stepsFromTrace, Step } from './support/steps';
import { pool } from './support/differential';

defineCorpus('asyncio corpus (differential against python3)', 'async', 150);

const dir = path.join(__dirname, 'async');
const read = (name: string) => new Set(fs.existsSync(path.join(dir, name)) ? fs.readFileSync(path.join(dir, name), 'utf8').split('\n').filter(Boolean) : []);
const known = read('KNOWN_FAILURES');
/** Programs whose step order depends on OS thread timing even under CPython. */
const unstable = read('STEP_ORDER_UNSTABLE');
/** Programs whose step sequence still differs from CPython's: reported as pending. */
const stepKnown = read('STEP_KNOWN_FAILURES');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.py') && !known.has(f) && !unstable.has(f)).sort();

describe('task step sequence (against CPython\'s pure-Python Task)', function () {
  this.timeout(600000);
  const results = new Map<string, [Step[], Step[]]>();
  before(async () => {
    await pool(files.filter((f) => !stepKnown.has(f)), 4, async (f) => {
      const file = path.join('test', 'async', f);
      const [py, yp] = await Promise.all([cpythonSteps(file), yieldpointSteps(file)]);
      // CPython runs on a real clock: under load, timers close together can fire in another
      // order. Our sequence must be one that CPython produces, so re-ask the oracle twice.
      let oracle = py;
      for (let i = 0; i < 2 && JSON.stringify(oracle) !== JSON.stringify(yp); i++) oracle = await cpythonSteps(file);
      results.set(f, [oracle, yp]);
    });
    // Once more, one at a time, on a quiet machine.
    for (const [f, r] of results) {
      if (JSON.stringify(r[0]) !== JSON.stringify(r[1])) r[0] = await cpythonSteps(path.join('test', 'async', f));
    }
  });
  it('parses the trace format', () => {
    const trace = '[   0.000000] Task-1 starts at m.py:3\n[   0.000000] Task-1 yields at m.py:5 awaiting sleep 1\n[   1.000000] Task-1 resumes at m.py:5\n[   1.000000] Task-1 done: result None\n';
    assert.deepStrictEqual(stepsFromTrace(trace), [{ task: 'Task-1', resumeLine: 3, yieldLine: 5 }, { task: 'Task-1', resumeLine: 5, yieldLine: null }]);
  });
  for (const f of files) {
    if (stepKnown.has(f)) { it(`${f} (known difference, listed in test/async/STEP_KNOWN_FAILURES)`); continue; }
    it(f, () => {
      const [py, yp] = results.get(f)!;
      assert.ok(py.length > 0, 'CPython recorded no steps');
      assert.deepStrictEqual(yp, py);
    });
  }
});
