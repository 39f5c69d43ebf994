// yieldpoint: run Python asyncio programs on Yieldpoint's loop, or serve the debugger over DAP.
import { Worker } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { WorkerConfig } from './runtime/worker';
import { newStdinChannel, serveStdin, wakeStdinReader } from './runtime/stdinChannel';

const VERSION = '0.1.0';
const HELP = `usage: yieldpoint <command> [options]

commands:
  run [--clock virtual|realtime] [--trace] FILE [ARGS...]
                                                  run a Python program as CPython 3.11 would;
                                                  --trace writes the event loop's events to stderr
  dap [--port N]                                  serve the Debug Adapter Protocol on stdio, or on
                                                  127.0.0.1:N (one session per connection)
  --version                                       print the version
  --help                                          print this help

Memory is limited to ${'${YIELDPOINT_MAX_MB:-2048}'} MB per program; past it the program ends with MemoryError.
`;

function fail(msg: string, code = 2): never {
  process.stderr.write(`yieldpoint: ${msg}\n`);
  process.exit(code);
}

function run(args: string[]): void {
  let clock: 'virtual' | 'realtime' = 'virtual';
  let trace = false;
  while (args.length && args[0].startsWith('--')) {
    const opt = args.shift()!;
    if (opt === '--clock') {
      const v = args.shift();
      if (v !== 'virtual' && v !== 'realtime') fail(`--clock expects 'virtual' or 'realtime', got '${v ?? ''}'`);
      clock = v;
    } else if (opt === '--trace') trace = true;
    else fail(`unknown option '${opt}' for run`);
  }
  const file = args.shift();
  if (!file) fail('run needs a FILE');
  let source: string;
  try { source = readFileSync(file, 'utf8'); } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`${process.argv0}: can't open file '${path.resolve(file)}': [Errno 2] ${err.code === 'ENOENT' ? 'No such file or directory' : err.message}\n`);
    process.exit(2);
  }
  const maxMb = Number(process.env.YIELDPOINT_MAX_MB ?? 2048);
  // CPython runs a script under its path joined to the working directory, unnormalised (__file__,
  // tracebacks); sys.argv[0] stays as given.
  const cwd = process.cwd();
  const filename = path.isAbsolute(file) ? file : cwd.endsWith(path.sep) ? cwd + file : cwd + path.sep + file;
  const signals = new Int32Array(new SharedArrayBuffer(4));
  const stdin = newStdinChannel();
  const cfg: WorkerConfig = { filename, source, argv: [file, ...args], clock, trace, signals, stdin };
  const worker = new Worker(path.join(__dirname, 'boot.js'), {
    workerData: cfg,
    resourceLimits: { maxOldGenerationSizeMb: maxMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 64 },
    stdin: false,
  });
  let exitCode: number | null = null;
  // Ctrl+C goes to the program, which takes it at its next check (an event-loop iteration, a real
  // wait). A second one before it has ends it, as a program stuck in a computation would be.
  const onSigint = () => {
    if (Atomics.load(signals, 0) !== 0) { void worker.terminate(); exitCode = -2; return; }
    Atomics.store(signals, 0, 2);
    Atomics.notify(signals, 0);
    wakeStdinReader(stdin);
    checkSignalsSoon(worker);
  };
  process.on('SIGINT', onSigint);
  const stdinServer = serveStdin(stdin, () => process.stdin);
  worker.on('message', (m: { exit?: number; stdin?: boolean }) => {
    if (typeof m.exit === 'number') exitCode = m.exit;
    if (m.stdin) stdinServer.wanted();
  });
  worker.on('error', (e: Error & { code?: string }) => {
    if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      process.stderr.write(`yieldpoint: the program used more than ${maxMb} MB of memory\nMemoryError\n`);
      exitCode = 1;
    } else {
      process.stderr.write(`yieldpoint: internal error: ${e.message}\n`);
      exitCode = 70;
    }
  });
  worker.on('exit', () => {
    process.off('SIGINT', onSigint);
    stdinServer.close();
    // -N: ended by signal N (-2: an uncaught KeyboardInterrupt, after which CPython ends itself
    // with SIGINT; or the default action of a signal the program raised).
    if (exitCode !== null && exitCode < 0) process.kill(process.pid, -exitCode);
    else process.exitCode = exitCode ?? 1;
  });
}

/** Asks the worker to check for a signal at its next statement, even in the middle of a long
 * computation: the inspector's messages interrupt running JS, as a debugger's pause does. Costs
 * nothing until the first Ctrl+C; without an inspector, the signal waits for the loop's next check. */
let inspectorSession: { post(method: string, params: object): void } | null = null;
const pendingChecks: Array<(sessionId: string) => void> = [];
let workerSession: string | null = null;
function checkSignalsSoon(worker: Worker): void {
  const send = (sessionId: string) => inspectorSession!.post('NodeWorker.sendMessageToWorker', {
    sessionId,
    message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression: "globalThis[Symbol.for('yieldpoint.checkSignals')]?.()" } }),
  });
  if (workerSession !== null) return send(workerSession);
  pendingChecks.push(send);
  if (inspectorSession !== null) return;
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { Session } = require('node:inspector') as typeof import('node:inspector');
    const session = new Session();
    session.connect();
    session.on('NodeWorker.attachedToWorker', (m: { params: { sessionId: string; workerInfo: { workerId: string } } }) => {
      if (Number(m.params.workerInfo.workerId) !== worker.threadId) return;
      workerSession = m.params.sessionId;
      for (const f of pendingChecks.splice(0)) f(workerSession);
    });
    inspectorSession = session;
    session.post('NodeWorker.enable', { waitForDebuggerOnStart: false });
  } catch { /* a Node without the inspector: the loop's own checks remain */ }
}

function main(argv: string[]): void {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'run': return run(rest);
    case 'dap': {
      // The DAP server is a separate bundle so that `run` does not load it.
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const dap = require(path.join(__dirname, 'dap.js')) as typeof import('./debugger/main');
      return dap.serveDap(rest);
    }
    case '--version': case '-V': process.stdout.write(`yieldpoint ${VERSION}\n`); return;
    case '--help': case '-h': case undefined: process.stdout.write(HELP); return;
  }
  fail(`unknown command '${cmd}' (try --help)`);
}

main(process.argv.slice(2));
