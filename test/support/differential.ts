// Runs a .py program under CPython (the oracle) and under Yieldpoint, for differential tests.
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';

export interface Outcome { stdout: string; stderrLast: string; code: number | null }

const root = path.resolve(__dirname, '..', '..');
export const CLI = path.join(root, 'dist', 'cli.js');

/** The real interpreter binary: `python3` on PATH may be a slow shim. */
export const PYTHON = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout.trim() || 'python3';

function lastLine(s: string): string {
  const lines = s.replace(/\s+$/, '').split('\n');
  return lines[lines.length - 1] ?? '';
}

export interface FullOutcome { stdout: string; stderr: string; code: number | null }

/** `input`: what the program reads on stdin (none: it reads end of file). */
export function runProcessFull(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 30000, input?: string): Promise<FullOutcome> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd: root, env: { ...process.env, PYTHONHASHSEED: '0', ...env }, stdio: 'pipe' });
    p.stdin.on('error', () => undefined); // EPIPE: the program ended without reading it all
    p.stdin.end(input ?? '');
    let out = '', err = '';
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { err += d; });
    const t = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
    p.on('close', (code) => { clearTimeout(t); resolve({ stdout: out, stderr: err, code }); });
  });
}

export async function runProcess(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 30000, input?: string): Promise<Outcome> {
  const r = await runProcessFull(cmd, args, env, timeoutMs, input);
  return { stdout: r.stdout, stderrLast: lastLine(r.stderr), code: r.code };
}

export const runPython = (file: string, args: string[] = [], input?: string) => runProcess(PYTHON, [file, ...args], {}, 30000, input);
export const runYieldpoint = (file: string, args: string[] = [], env: NodeJS.ProcessEnv = {}, input?: string) =>
  runProcess(process.execPath, [CLI, 'run', file, ...args], env, 30000, input);

/** Runs tasks with bounded concurrency. */
export async function pool<T, R>(items: T[], n: number, f: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) { const i = next++; out[i] = await f(items[i]); }
  }));
  return out;
}
