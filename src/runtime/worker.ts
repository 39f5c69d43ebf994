// The debuggee's thread: runs one program and reports its exit code.
import { parentPort, workerData } from 'node:worker_threads';
import { writeSync, readSync } from 'node:fs';
import { isatty } from 'node:tty';
import { io, builtins } from './builtins';
import { runProgram } from './interpreter';
import { clock, sysState } from './modules';
import { interrupts, checkAtNextStatement, CHECK_SIGNALS_KEY, pollSignals } from './interrupts';
import { receiveStdin, StdinChannel } from './stdinChannel';
import { T, state } from './frame';
import { installTracer } from './trace';
import { holdingThreadOutput } from './threads';
import { DebugAgent, TerminateSignal, setProgramGlobals } from './debugAgent';
import { DebugOutput } from './debugOutput';
import { BreakpointSpec, FilterSpec, FunctionBreakpointSpec, AgentEvent, CTL } from './debugProtocol';
import { PyException, pyErr, TimeoutError } from './exceptions';
import { evaluateExpression, programGlobals, sourceLines } from './interpreter';
import { debugHooks } from './rt';
import { formatException } from './traceback';
import type { MessagePort } from 'node:worker_threads';

/** Watch, hover, conditions and log messages run at most this long (the REPL has no limit). */
const EVALUATE_LIMIT_MS = 5000;

/** Under a debugger, output and events go to the debugger as messages. */
function startDebugging(d: DebugConfig): void {
  let evaluating = false;
  let deadline = Infinity;
  const ctl = new Int32Array(d.ctl);
  const output = new DebugOutput(ctl, (e) => parentPort!.postMessage(e), () => { if (Atomics.load(ctl, CTL.TERMINATE)) throw new TerminateSignal(); });
  const post = (e: AgentEvent) => output.post(e);
  const agent = new DebugAgent(ctl, d.port, post, {
    evaluate: (expr, locals, limitMs = EVALUATE_LIMIT_MS) => {
      // Nested evaluations (a repr calling back) keep the outer deadline.
      if (evaluating) return evaluateExpression(expr, locals);
      evaluating = true;
      deadline = performance.now() + limitMs;
      try { return evaluateExpression(expr, locals); } finally { evaluating = false; }
    },
    formatException: (e) => formatException(e, sourceLines),
    builtins: () => builtins,
  });
  const onStatement = state.trap;
  let tick = 0;
  state.trap = (f) => {
    if (evaluating) {
      if (performance.now() > deadline) {
        deadline = Infinity;
        throw pyErr(TimeoutError, `the expression ran for more than ${EVALUATE_LIMIT_MS / 1000} s and was stopped`);
      }
      return false;
    }
    if ((++tick & 4095) === 0) agent.pollRequests();
    return onStatement(f);
  };
  setProgramGlobals(programGlobals);
  d.port.on('close', () => undefined);
  agent.configure(d);
  // The runtime turns anything thrown through a Python frame into a Python exception: the
  // debugger's terminate must stay what it is, or Stop would show up as an uncaught SystemError.
  const passTerminate = (e: PyException) => {
    const js = (e as PyException & { jsError?: unknown }).jsError;
    if (js instanceof TerminateSignal) throw js;
  };
  debugHooks.raised = (e, f) => { passTerminate(e); if (!evaluating) agent.onRaised(e, f); };
  debugHooks.uncaught = (e) => { passTerminate(e); agent.onException(e, true); };
  // A real-time wait (asyncio's idle loop, time.sleep) runs no statement: it answers Pause and
  // Terminate itself, in slices.
  clock.waitReal = function (s: number): void {
    const end = performance.now() + s * 1000;
    for (let left = s * 1000; left > 0; left = end - performance.now()) {
      agent.whileWaiting(end);
      Atomics.wait(ctl, CTL.PAUSE, 0, Math.min(left, 100));
    }
  };
  // The program's stdin is typed in the Debug Console (the adapter's own stdin may carry the protocol).
  io.readLine = () => agent.readLine();
  io.readAll = () => agent.readAll();
  io.write = holdingThreadOutput((stream, text) => output.write(stream, text));
  io.flush = () => output.flush();
}

export interface WorkerConfig {
  filename: string;
  source: string;
  argv: string[];
  clock: 'virtual' | 'realtime';
  trace: boolean;
  /** A flag the host sets to a signal's number (Ctrl+C: 2), for the program to take (interrupts.ts). */
  signals?: Int32Array;
  /** Where the host hands over the process's stdin (stdinChannel.ts); without it, fd 0 is read. */
  stdin?: StdinChannel;
  /** Present when a debugger drives the program. */
  debug?: DebugConfig;
}
export interface DebugConfig {
  ctl: SharedArrayBuffer;
  port: MessagePort;
  stopOnEntry: boolean;
  breakpoints: Array<{ file: string; breakpoints: BreakpointSpec[] }>;
  functionBreakpoints: FunctionBreakpointSpec[];
  filters: FilterSpec[];
  /** How many tasks `threads` lists at most. */
  maxThreads?: number;
}

const buffers: Record<'stdout' | 'stderr', string[]> = { stdout: [], stderr: [] };
let pending = 0;
function flush(stream: 'stdout' | 'stderr'): void {
  const b = buffers[stream];
  if (!b.length) return;
  const text = b.join('');
  b.length = 0;
  if (stream === 'stdout') pending = 0;
  writeAll(stream === 'stdout' ? 1 : 2, text);
}
function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try { off += writeSync(fd, buf, off); } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}
io.write = holdingThreadOutput((stream, text) => {
  if (stream === 'stderr') { flush('stdout'); writeAll(2, text); return; }
  buffers.stdout.push(text);
  pending += text.length;
  if (pending > 1 << 16) flush('stdout');
});
io.flush = flush;
// A signal's default action ends the process at once: no finally clause runs, and what CPython
// would still hold in its stdout buffer is lost (all of it when block-buffered: not a terminal,
// no PYTHONUNBUFFERED).
sysState.killedBy = (signum) => {
  if (process.env.PYTHONUNBUFFERED || isatty(1)) flush('stdout');
  else buffers.stdout.length = 0;
  parentPort!.postMessage({ exit: -signum });
  process.exit(128 + signum);
};
let stdinRest = '', stdinEnded = false;
const stdinDecoder = new TextDecoder('utf-8');
/** The next chunk of stdin, or null at its end: from the host's channel, where a signal can
 * interrupt the wait (its handler runs and may raise KeyboardInterrupt out of input()), or read
 * from fd 0 when the host gives none. */
function stdinChunk(): Uint8Array | null {
  const ch = (workerData as WorkerConfig).stdin;
  if (ch) return receiveStdin(ch, () => parentPort!.postMessage({ stdin: true }), pollSignals);
  const buf = Buffer.alloc(65536);
  let n = 0;
  try { n = readSync(0, buf, 0, buf.length, null); } catch { n = 0; }
  return n > 0 ? buf.subarray(0, n) : null;
}
/** Reads more of stdin into stdinRest; false at its end. */
function readStdin(): boolean {
  if (stdinEnded) return false;
  const chunk = stdinChunk();
  if (chunk === null) { stdinEnded = true; stdinRest += stdinDecoder.decode(); return false; }
  stdinRest += stdinDecoder.decode(chunk, { stream: true });
  return true;
}
function takeStdin(n: number): string {
  const s = stdinRest.slice(0, n);
  stdinRest = stdinRest.slice(n);
  return s;
}
io.readLine = () => {
  for (;;) {
    const nl = stdinRest.indexOf('\n');
    if (nl >= 0) return takeStdin(nl + 1);
    if (!readStdin()) return takeStdin(stdinRest.length);
  }
};
io.readAll = () => {
  while (readStdin());
  return takeStdin(stdinRest.length);
};

const cfg = workerData as WorkerConfig;
clock.realtime = cfg.clock === 'realtime';
interrupts.flag = cfg.signals ?? null;
if (cfg.signals) (globalThis as Record<symbol, unknown>)[Symbol.for(CHECK_SIGNALS_KEY)] = checkAtNextStatement;
if (cfg.trace) installTracer(cfg.filename, (line) => io.write('stderr', line));
if (process.env.YIELDPOINT_ARM_ALL) {
  // Test hook: the debugger trap armed on every statement, doing the work a debugger does when
  // nothing is hit (count the statement and walk the frame chain).
  let statements = 0, deepest: string[] = [];
  T.armed = true;
  state.trap = (f) => {
    statements++;
    let depth = 0;
    for (let x: typeof f | null = f; x; x = x.back) depth++;
    if (depth > deepest.length) {
      deepest = [];
      for (let x: typeof f | null = f; x; x = x.back) deepest.push(`${x.code.name}:${x.l}`);
    }
    return false;
  };
  process.on('exit', () => { if (process.env.YIELDPOINT_ARM_ALL === 'report') writeAll(2, `statements=${statements} deepest=${deepest.join(' < ')}\n`); });
}
if (cfg.debug) startDebugging(cfg.debug);
let code: number;
try {
  code = runProgram({ filename: cfg.filename, source: cfg.source, argv: cfg.argv });
} catch (e) {
  if (!(e instanceof TerminateSignal)) throw e;
  code = 137;
}
try { io.flush('stdout'); } catch (e) { if (!(e instanceof TerminateSignal)) throw e; }
parentPort!.postMessage({ exit: code });
