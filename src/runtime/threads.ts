// Work for other threads. A program runs on one JavaScript thread, so what CPython would run on a
// second OS thread (a thread pool's work items: run_in_executor, to_thread, executor.submit) waits
// in this queue and runs whole, one piece after the other, when the program's thread waits: at
// the event loop's next iteration (eventLoop.ts), in a blocking call of lib/threading.py or
// lib/concurrent.futures.py, and before the program exits (as CPython joins its threads then).
// Which thread a piece runs as (current_thread(), its contextvars context) is lib/threading.py's
// business: each piece is a Python callable that switches to its thread itself.
// A piece runs on a clock of its own (clock.thread), which starts at the time the piece was queued
// (on the virtual or the real clock): its time.sleep() moves only that clock, and what it hands to the loop
// (call_soon_threadsafe) reaches the loop when the loop's clock gets there (eventLoop.ts). So a
// blocking call in a thread takes its time beside the loop's, as in CPython.
import { PyVal, None, Kw, PyFloat } from './object';
import { call, getattrOpt } from './ops';
import { Frame, state } from './frame';
import { PyTuple, PyList } from './types';
import { PyDict } from './dict';
import { PyContext, swapThreadContext } from './contextvars';
import { clock } from './clock';
import { shortRepr } from './reprlib';

interface Job { fn: PyVal; args: PyVal[]; at: number }
const jobs: Job[] = [];
/** How many pieces of work are running (one inside another when one waits for another). */
let running = 0;

export function pendingJobs(): boolean { return jobs.length > 0; }
/** Runs the first pending piece of work; false if there was none, else the time it ended at. */
export function runOneJob(): false | number {
  const j = jobs.shift();
  if (j === undefined) return false;
  running++;
  const outer = clock.thread;
  const depth = threadRuns.length;
  clock.thread = j.at;
  try {
    call(j.fn, j.args);
    return clock.now();
  } finally {
    running--;
    clock.thread = outer;
    threadRuns.length = depth;
  }
}
/** time.sleep() in the main thread lets the other threads run first. (A sleeping worker does not:
 * work queued after it would finish before it, where CPython's would run beside it.) */
export function runJobsBeforeSleep(): void {
  if (running === 0) runJobs();
}
/** Runs pending work until there is none (work may queue more). */
export function runJobs(): void {
  while (jobs.length) runOneJob();
}

/** A thread running the program's work: the debugger shows it as a thread of its own, and the
 * loop trace says when it starts and ends. */
export class ThreadRun {
  private label: string | null = null;
  /**
   * `thread` is the Python Thread object (threading.current_thread() inside the work); `base` the
   * frame that began the work (lib/concurrent.futures.py's _WorkItem.run, or lib/threading.py's
   * Thread._bootstrap_inner): it and the frames called from it are the thread's.
   */
  constructor(readonly thread: PyVal, readonly base: Frame, private work: [PyVal, PyVal[], PyVal]) {}
  get name(): string {
    const n = getattrOpt(this.thread, 'name');
    return typeof n === 'string' ? n : '?';
  }
  /** What it runs, as a call: "blocking(5)". Made when first asked for (by a tracer or debugger):
   * the arguments' reprs are the program's code. */
  get what(): string { return (this.label ??= callLabel(...this.work)); }
}
export const threadRuns: ThreadRun[] = [];
export interface ThreadEvents { begins(r: ThreadRun): void; ends(r: ThreadRun, result: PyVal, exc: PyVal): void }

/** "blocking(5, key='k')": fn with its arguments, seen through functools.partial and Context.run
 * (to_thread's wrapping). */
export function callLabel(fn: PyVal, args: PyVal[], kw: PyVal): string {
  const named = kw instanceof PyDict ? pairs(kw) : [];
  for (let depth = 0; depth < 8; depth++) {
    const inner = getattrOpt(fn, 'func');
    const pargs = getattrOpt(fn, 'args');
    if (inner !== undefined && pargs instanceof PyTuple && getattrOpt(fn, 'keywords') instanceof PyDict) {
      args = [...pargs.items, ...args];
      named.unshift(...pairs(getattrOpt(fn, 'keywords') as PyDict));
      fn = inner;
    } else if (getattrOpt(fn, '__qualname__') === 'Context.run' && args.length) {
      fn = args[0];
      args = args.slice(1);
    } else break;
  }
  const q = getattrOpt(fn, '__qualname__');
  const shown = [...args.map(shortRepr), ...named.map(([k, v]) => `${k}=${shortRepr(v)}`)];
  return `${typeof q === 'string' ? q : shortRepr(fn)}(${shown.join(', ')})`;
}
function pairs(d: PyDict): Array<[string, PyVal]> {
  return [...d.t.slots()].map((i): [string, PyVal] => [String(d.t.keys[i]), d.t.vals[i]]);
}

type Stream = 'stdout' | 'stderr';
/** Output of other-thread work written at a time the main thread's clock has not reached: held, in
 * time order, until output written at a later time (or the program's end) releases it, so that
 * what a thread prints after its sleep comes out after what the loop printed meanwhile. */
const held: { at: number; stream: Stream; text: string }[] = [];
let release: (stream: Stream, text: string) => void = () => undefined;
/** io.write for a program whose threads run on clocks of their own: `write` writes at once. */
export function holdingThreadOutput(write: (stream: Stream, text: string) => void): (stream: Stream, text: string) => void {
  release = write;
  return (stream, text) => {
    const at = clock.thread;
    if (at !== null && at > clock.mainNow()) {
      let i = held.length;
      while (i > 0 && held[i - 1].at > at) i--;
      held.splice(i, 0, { at, stream, text });
      return;
    }
    if (held.length) releaseHeldOutput(at ?? clock.mainNow());
    write(stream, text);
  };
}
/** Writes the held output of times up to `upTo` (all of it by default). */
export function releaseHeldOutput(upTo = Infinity): void {
  let n = 0;
  while (n < held.length && held[n].at <= upTo) n++;
  for (const h of held.splice(0, n)) release(h.stream, h.text);
}

/** The `_yieldpoint` functions lib/threading.py and lib/concurrent.futures.py build on. */
export function defineThreadFunctions(def: (name: string, fn: (args: PyVal[], kw: Kw) => PyVal) => void, events: ThreadEvents): void {
  /** thread_begins(thread, fn, args, kwargs): the calling frame starts running fn(*args, **kwargs)
   * as `thread`; thread_ends(result, exception) follows when it returns or raises. */
  def('thread_begins', (args) => {
    const run = new ThreadRun(args[0], state.cur!, [args[1], args[2] instanceof PyTuple || args[2] instanceof PyList ? args[2].items : [], args[3]]);
    threadRuns.push(run);
    events.begins(run);
    return None;
  });
  def('thread_ends', (args) => {
    const run = threadRuns.pop();
    if (run) events.ends(run, args[0], args[1]);
    return None;
  });
  /** start_thread(fn, args): queue fn(*args) to run as another thread's work. */
  def('start_thread', (args) => { jobs.push({ fn: args[0], args: (args[1] as { items: PyVal[] }).items, at: clock.now() }); return None; });
  /** run_thread_job(): run the first pending piece of work; False if there was none, else the
   * time (on the clock) it ended at. */
  def('run_thread_job', () => { const end = runOneJob(); return end === false ? false : new PyFloat(end); });
  /** wait_until(when): the running thread's clock moves on to `when`, as if it had slept until then
   * (a thread that waited for another's work goes on when that work ended). */
  def('wait_until', (args) => { const t = args[0]; clock.advance(t instanceof PyFloat ? t.v : Number(t)); return None; });
  /** swap_context(ctx): make ctx (a Context, or None for a thread that has none yet) the current
   * thread's context; returns the one it replaces (None if there was none). */
  def('swap_context', (args) => swapThreadContext(args[0] instanceof PyContext ? args[0] : null) ?? None);
}
