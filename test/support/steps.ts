// The sequence of task steps (who resumed at which line, where it yielded or that it finished),
// from CPython's pure-Python Task (test/tools/cpython_steps.py) and from Yieldpoint's --trace.
import * as path from 'node:path';
import { runProcess, PYTHON, CLI } from './differential';
import { spawn } from 'node:child_process';

export interface Step { task: string; resumeLine: number | null; yieldLine: number | null }

export async function cpythonSteps(file: string): Promise<Step[]> {
  const r = await runProcess(PYTHON, [path.join('test', 'tools', 'cpython_steps.py'), file]);
  return r.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Step);
}

export function fullStderr(args: string[]): Promise<string> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, args, { cwd: path.resolve(__dirname, '..', '..'), stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => { err += d; });
    const t = setTimeout(() => p.kill('SIGKILL'), 30000);
    p.on('close', () => { clearTimeout(t); resolve(err); });
  });
}

// Task names may contain spaces (create_task(name='other task')).
const EVENT = /^\[\s*[\d.]+\] (.+?) (starts|resumes|yields|done)(?: at (?:outside the program|\S+:(\d+))|:)/;

/** Parses `yieldpoint run --trace` output into steps. */
export function stepsFromTrace(trace: string): Step[] {
  const steps: Step[] = [];
  // Exactly one step runs at a time; a task may rename itself during its step.
  let open: Step | null = null;
  for (const line of trace.split('\n')) {
    const m = EVENT.exec(line);
    if (!m) continue;
    const [, task, kind, lineNo] = m;
    const n = lineNo === undefined ? null : Number(lineNo);
    if (kind === 'starts' || kind === 'resumes') {
      open = { task, resumeLine: n, yieldLine: null };
      steps.push(open);
    } else if (kind === 'yields') {
      if (open) open.yieldLine = n;
      open = null;
    } else open = null;
  }
  return steps;
}

export async function yieldpointSteps(file: string): Promise<Step[]> {
  return stepsFromTrace(await fullStderr([CLI, 'run', '--trace', file]));
}
