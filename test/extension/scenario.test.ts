// The e2e scenario's expectations are derived facts, not copied guesses: its yield stops are the
// order in which CPython's own Task suspends the tasks, and its marker lines are the finder's.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cpythonSteps } from '../support/steps';
import { yieldPointLines } from '../../src/extension/yieldPoints';
import { loadScenario } from '../e2e/scenario';

const root = path.join(__dirname, '..', '..');
const scenario = loadScenario(root);
const program = path.join('examples', scenario.program);

describe('e2e scenario (test/e2e/scenario.json)', function () {
  this.timeout(60000);

  it('marks the lines where the yield-point finder finds await, async for and async with', () => {
    assert.deepStrictEqual(scenario.yieldPointLines, yieldPointLines(fs.readFileSync(path.join(root, program), 'utf8')));
  });

  it("pauses on yields in CPython's order, from the task stopped at the breakpoint on", async () => {
    const steps = await cpythonSteps(program);
    const first = scenario.steps.find((s) => s.do === 'start')!.stop!;
    const from = steps.findIndex((s) => s.task === first.task && s.yieldLine !== null);
    assert.ok(from >= 0, `CPython never runs ${first.task}`);
    const yields = scenario.steps.filter((s) => s.stop?.reason === 'yield').map((s) => ({ task: s.stop!.task, line: s.stop!.line }));
    assert.deepStrictEqual(yields, steps.slice(from, from + yields.length).map((s) => ({ task: s.task, line: s.yieldLine })));
  });
});
