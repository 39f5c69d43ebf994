// The debuggee's thread: runs one program and reports its exit code.
import { parentPort, workerData } from 'node:worker_threads';
import { writeSync, readSync } from 'node:fs';
import { io } from './builtins';
import { runProgram } from './interpreter';
import { clock } from './modules';
import { T, state } from './frame';
import { installTracer } from './trace';

export interface WorkerConfig {
  filename: string;
  source: string;
  argv: string[];
  clock: 'virtual' | 'realtime';
  trace: boolean;
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
io.write = (stream, text) => {
  if (stream === 'stderr') { flush('stdout'); writeAll(2, text); return; }
  buffers.stdout.push(text);
  pending += text.length;
  if (pending > 1 << 16) flush('stdout');
};
io.flush = flush;
let stdinRest = '';
io.readLine = () => {
  for (;;) {
    const nl = stdinRest.indexOf('\n');
    if (nl >= 0) { const line = stdinRest.slice(0, nl); stdinRest = stdinRest.slice(nl + 1); return line; }
    const buf = Buffer.alloc(4096);
    let n = 0;
    try { n = readSync(0, buf, 0, buf.length, null); } catch { n = 0; }
    if (n <= 0) { if (!stdinRest) return null; const line = stdinRest; stdinRest = ''; return line; }
    stdinRest += buf.toString('utf8', 0, n);
  }
};

const cfg = workerData as WorkerConfig;
clock.realtime = cfg.clock === 'realtime';
if (cfg.trace) installTracer(cfg.filename, (line) => io.write('stderr', line));
if (process.env.YIELDPOINT_ARM_ALL) {
  // Test hook: the debugger trap armed on every statement, doing the work a debugger does when
  // nothing is hit (count the statement and walk the frame chain).
  let statements = 0, depth = 0;
  T.armed = true;
  state.trap = (f) => { statements++; for (let x: typeof f | null = f; x; x = x.back) depth++; return false; };
  process.on('exit', () => { if (process.env.YIELDPOINT_ARM_ALL === 'report') writeAll(2, `statements=${statements} frames=${depth}\n`); });
}
const code = runProgram({ filename: cfg.filename, source: cfg.source, argv: cfg.argv });
flush('stdout');
parentPort!.postMessage({ exit: code });
