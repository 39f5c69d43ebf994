// The shape of scenario.json: the steps of the e2e scenario and their expected outcomes, shared by
// the UI runner in code-server (run.mjs) and the extension-host suite (suite.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Where a task is: the innermost frame that belongs to the program (library frames such as asyncio's `sleep` are skipped). */
export interface FrameAt { task: string; frame: string; line: number }
export interface Stop extends FrameAt {
  reason: 'breakpoint' | 'yield';
  /** For a yield: what the task awaits, as the stop's description says (`producer awaits sleep 0.02...`). */
  awaits?: string;
}
export interface Step {
  do: 'open' | 'breakpoint' | 'start' | 'pauseOn' | 'continue' | 'stop';
  /** breakpoint: the line. */
  line?: number;
  /** pauseOn: the pause filter to turn on. */
  filter?: string;
  /** start, continue: the stop that follows. */
  stop?: Stop;
  /** start: prefixes of the thread names that must be listed. */
  threads?: string[];
  /** start: where other tasks are. */
  frames?: FrameAt[];
  /** start, continue: the ready queue in order, by task name. */
  readyQueue?: string[];
  /** start, continue: prefixes of the pending timers' descriptions. */
  timers?: string[];
}
export interface Scenario {
  /** A file of examples/. */
  program: string;
  /** The lines that carry a yield-point marker while the session runs. */
  yieldPointLines: number[];
  steps: Step[];
}

export function loadScenario(root: string): Scenario {
  return JSON.parse(fs.readFileSync(path.join(root, 'test', 'e2e', 'scenario.json'), 'utf8')) as Scenario;
}
