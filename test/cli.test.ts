// The CLI as a person uses it: syntax errors as CPython reports them, refusals of unsupported
// constructs before anything runs, and the program's sys.argv.
import * as assert from 'node:assert';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { runPython, runYieldpoint, runProcess, runProcessFull, CLI, PYTHON } from './support/differential';
import { fullStderr } from './support/steps';

describe('yieldpoint run', () => {
  for (const f of ['syntax_unclosed.py', 'indent_bad.py']) {
    it(`reports ${f} as CPython does`, async () => {
      const file = path.join('test', 'cli', f);
      const [py, yp] = await Promise.all([runPython(file), runYieldpoint(file)]);
      assert.deepStrictEqual(yp, py);
    });
  }
  for (const [f, what, line, col] of [
    ['unsupported_import.py', 'import socket', 1, 1],
    ['unsupported_complex_pattern.py', 'complex numbers', 3, 12],
    ['unsupported_open.py', 'open()', 1, 5],
    ['unsupported_process_pool.py', 'concurrent.futures.ProcessPoolExecutor', 3, 6],
    ['unsupported_asyncio_streams.py', 'asyncio.open_connection', 5, 28],
  ] as const) {
    it(`refuses ${what} before running, with exit 2`, async () => {
      const file = path.join('test', 'cli', f);
      const yp = await runYieldpoint(file);
      assert.strictEqual(yp.code, 2);
      assert.strictEqual(yp.stdout, '');
      assert.strictEqual(yp.stderrLast, `${file}:${line}:${col}: unsupported: ${what}`);
    });
  }
  it('passes arguments as sys.argv', async () => {
    const file = path.join('test', 'cli', 'argv.py');
    const [py, yp] = await Promise.all([runPython(file, ['a', 'b c']), runYieldpoint(file, ['a', 'b c'])]);
    assert.deepStrictEqual(yp, py);
  });
  it('runs the debugger trap on every statement, with the frame chain readable', async () => {
    const file = path.join('test', 'cli', 'trap.py');
    const r = await runYieldpoint(file, [], { YIELDPOINT_ARM_ALL: 'report' });
    assert.strictEqual(r.code, 0);
    // a = 1, b = 2, def f, def g, print(g()), return f() + 1, return 41.
    assert.strictEqual(r.stderrLast, 'statements=7 deepest=f:5 < g:8 < <module>:10');
  });
  it('--trace lists callbacks, and not the wake-ups that step a task', async () => {
    const trace = await fullStderr([CLI, 'run', '--trace', path.join('examples', 'pipeline.py')]);
    const callbacks = trace.split('\n').filter((l) => / callback: /.test(l)).map((l) => l.replace(/^.*? callback: /, ''));
    assert.ok(callbacks.includes('_set_result_unless_cancelled (sleep 0.022953310593326497)'), callbacks.join('\n'));
    assert.deepStrictEqual(callbacks.filter((c) => /^Task\./.test(c)), []);
  });
  it('logs, in asyncio debug mode, the steps and callbacks that held the loop, as CPython does', async () => {
    const file = path.join('test', 'cli', 'debug_slow_callbacks.py');
    // CPython's durations are real (a few ms over the blocking sleep), and its library's frames
    // are its own files: compared to a tenth of a second, without library positions.
    const warnings = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('Executing '))
      .map((l) => l.replace(/ created at \/[^ >]*asyncio\/[^ >]+/g, '').replace(/_run_until_complete_cb\(\) at [^ \]]+/, '_run_until_complete_cb() at LIB')
        .replace(/took ([\d.]+) seconds$/, (_, t) => `took ${Number(t).toFixed(1)} seconds`));
    const [py, yp] = await Promise.all([runProcessFull(PYTHON, [file]), runProcessFull(process.execPath, [CLI, 'run', file])]);
    assert.strictEqual(yp.stdout, py.stdout);
    assert.strictEqual(warnings(py.stderr).length, 3);
    assert.deepStrictEqual(warnings(yp.stderr), warnings(py.stderr));
  });
  it('--clock realtime runs other threads\' work beside the loop', async () => {
    const file = path.join('test', 'cli', 'realtime_to_thread.py');
    const [py, yp] = await Promise.all([runPython(file), runProcess(process.execPath, [CLI, 'run', '--clock', 'realtime', file])]);
    assert.deepStrictEqual(yp, py);
  });
  /** Runs a program, sends it `count` SIGINTs (300 ms apart) once it prints "started", and returns what it printed and the signal that ended it. */
  const interrupted = (cmd: string, args: string[], count = 1, delayMs = 0, stdin: 'ignore' | 'pipe' = 'ignore') => new Promise<{ out: string; errLast: string; signal: string | null }>((resolve) => {
    const p = spawn(cmd, args, { stdio: [stdin, 'pipe', 'pipe'] });
    let out = '', err = '', sent = false;
    const send = (n: number) => { p.kill('SIGINT'); if (n > 1) setTimeout(() => send(n - 1), 300); };
    p.stdout!.on('data', (d) => { out += d; if (!sent && out.includes('started\n')) { sent = true; setTimeout(() => send(count), delayMs); } });
    p.stderr!.on('data', (d) => { err += d; });
    p.on('exit', (_code, signal) => resolve({ out, errLast: err.trim().split('\n').pop() ?? '', signal }));
  });
  it('Ctrl+C reaches the program as CPython\'s SIGINT does: KeyboardInterrupt, with the tasks\' cleanup', async () => {
    const file = path.join('test', 'cli', 'ctrl_c.py');
    const py = await interrupted(PYTHON, [file]);
    const yp = await interrupted(process.execPath, [CLI, 'run', '--clock', 'realtime', file]);
    assert.strictEqual(py.errLast, 'KeyboardInterrupt');
    assert.deepStrictEqual(yp, py);
  });
  it('Ctrl+C interrupts a long computation at its statement, as CPython does between bytecodes', async () => {
    const file = path.join('test', 'cli', 'ctrl_c_busy_loop.py');
    const py = await interrupted(PYTHON, [file], 1, 200);
    const yp = await interrupted(process.execPath, [CLI, 'run', file], 1, 200);
    assert.strictEqual(py.errLast, 'KeyboardInterrupt');
    assert.deepStrictEqual(yp, py);
  });
  it('in asyncio.run, a first Ctrl+C cancels the main task and a second interrupts the computation', async () => {
    const file = path.join('test', 'cli', 'ctrl_c_busy_task.py');
    const py = await interrupted(PYTHON, [file], 2, 200);
    const yp = await interrupted(process.execPath, [CLI, 'run', file], 2, 200);
    assert.strictEqual(py.errLast, 'KeyboardInterrupt');
    assert.match(py.out, /main cancelled/);
    assert.deepStrictEqual(yp, py);
  });
  it('Ctrl+C interrupts input() waiting for a line, as it interrupts CPython\'s read', async () => {
    const file = path.join('test', 'cli', 'ctrl_c_input.py');
    const py = await interrupted(PYTHON, [file], 1, 200, 'pipe');
    const yp = await interrupted(process.execPath, [CLI, 'run', file], 1, 200, 'pipe');
    assert.strictEqual(py.errLast, 'KeyboardInterrupt');
    assert.deepStrictEqual(yp, py);
  });
  it('prints its version', async () => {
    const r = await runProcess(process.execPath, [CLI, '--version']);
    assert.match(r.stdout, /^yieldpoint \d+\.\d+\.\d+\n$/);
  });
});
