// The `_yieldpoint` module (what lib/asyncio.py asks of the runtime beyond `_asyncio`: wait labels,
// other threads' work (threads.ts), coroutine tests, async generator hooks) and the observer
// interface through which the loop's events reach the tracer and the debugger.
import { PyObject, PyVal, None, PyFunction, PyBuiltin, PyType } from './object';
import { PyException } from './exceptions';
import { Frame, state } from './frame';
import { PyGenerator } from './generator';
import { PyCoroutine, PyAsyncGenerator, AsyncGenAwaitable, anextAwaitableType, asyncgenHooks, BareYield } from './coroutine';
import { call, getattrOpt, repr, typeOf, str, truthy } from './ops';
import { clock } from './clock';
import { shortRepr } from './reprlib';
import { fastPath } from './fastCoroutine';
import { takeUnretrieved, PyFuture, CANCELLED } from './future';
import { PyList, PyModule, PyTuple, tuple } from './types';
import { defineThreadFunctions, ThreadRun, callLabel } from './threads';
import { reporting, orphan } from './rt';
import { pyLib } from './lib';
import { heldValues } from './heldValues';
import asyncioSubmodule from './lib/_asyncio_submodule.py';

// `import asyncio.tasks`, `from asyncio.exceptions import CancelledError`: see lib/_asyncio_submodule.py.
for (const sub of ['base_events', 'base_futures', 'base_tasks', 'coroutines', 'events', 'exceptions', 'format_helpers', 'futures',
  'locks', 'queues', 'runners', 'selector_events', 'taskgroups', 'tasks', 'threads', 'timeouts', 'unix_events']) pyLib[`asyncio.${sub}`] = asyncioSubmodule;

export type LoopEvent =
  | { kind: 'created'; task: PyVal; name: string; where: Where | null; coro: string }
  | { kind: 'resumes'; task: PyVal; name: string; line: number | null; first: boolean }
  | { kind: 'yields'; task: PyVal; name: string; line: number | null; awaits: string }
  | { kind: 'done'; task: PyVal; name: string; outcome: string }
  | { kind: 'timer'; what: string }
  | { kind: 'callback'; what: string }
  | { kind: 'threadStarts'; run: ThreadRun }
  | { kind: 'threadDone'; run: ThreadRun; outcome: string };
export interface Where { file: string; line: number }

/** Receives every loop event; the tracer and the debugger install one. */
export const observers: Array<(e: LoopEvent, now: number) => void> = [];
/** The program's own file (await chains report the innermost frame in it) and its globals. */
export const loopConfig: { programFile: string; globals: Map<string, PyVal> | null } = { programFile: '', globals: null };

/** What a future stands for ("sleep 0.5", "Queue.get"): native futures keep it in `waitLabel`. */
const waits = new WeakMap<object, string>();
interface Labelled { waitLabel?: string | null }
function waitOf(o: PyObject): string | undefined {
  const own = (o as Labelled).waitLabel;
  return typeof own === 'string' ? own : waits.get(o);
}

function emit(e: LoopEvent): void {
  const now = clock.now();
  for (const o of observers) o(e, now);
}

/** Innermost frame of the program in a coroutine's await chain, and its line. */
export function awaitChain(coro: PyVal, throughAnext = true): Frame[] {
  const out: Frame[] = [];
  const into = (a: PyVal): PyVal => (a instanceof AsyncGenAwaitable && (throughAnext || a.cls !== anextAwaitableType) ? a.agen : a);
  let g: PyVal = into(coro);
  while (g instanceof PyGenerator && !g.finished) {
    out.push(g.frame);
    g = into(g.frame.awaiting);
  }
  return out;
}
/** The step line, as CPython's oracle walks the chain: anext(agen, default)'s awaitable is opaque. */
export function programLine(coro: PyVal): number | null {
  let line: number | null = null;
  for (const f of awaitChain(coro, false)) {
    if (f.code.filename !== loopConfig.programFile) continue;
    line = f.l > 0 ? f.l : f.code.firstLine;
  }
  return line;
}
function callerWhere(): Where | null {
  for (let f = state.cur; f; f = f.back) if (f.code.filename === loopConfig.programFile) return { file: f.code.filename, line: f.l };
  return null;
}
function nameOf(task: PyVal): string {
  const n = getattrOpt(task, '_name');
  return typeof n === 'string' ? n : '?';
}
export function coroLabel(coro: PyVal): string {
  if (coro instanceof PyGenerator) {
    const f = coro.frame;
    const args = (f.v ?? []).slice(0, f.code.argcount).map((v) => (v === undefined ? '?' : shortRepr(v)));
    return `${f.code.qualname}(${args.join(', ')})`;
  }
  return repr(coro);
}
/** What a task is waiting on, in words: "sleep 0.5", "Task-3", "Queue.get", "Lock", ... */
export function describeAwait(fut: PyVal): string {
  if (fut === None) return 'sleep 0 (bare yield)';
  if (fut instanceof PyObject) {
    const d = waitOf(fut);
    if (d) return d;
    const t = typeOf(fut);
    if (t.mro.some((c) => c.name === 'Task')) return nameOf(fut);
    return t.name;
  }
  return repr(fut);
}


// ---------------------------------------------------------------- threads (threads.ts)
export { runJobs, pendingJobs } from './threads';

// ---------------------------------------------------------------- the module
export const runningLoop: { loop: PyVal } = { loop: None };
/** Reports that CPython makes when objects still alive at the program's end are freed, after the
 * uncaught exception (if any) has been reported and the threads joined (`report_at_exit`). */
export const atExit: { fn: PyVal; args: PyVal[] }[] = [];
/** Python functions of lib/asyncio.py that the native Task calls (`_yieldpoint.register`). */
export const pyHooks: { printStack: PyVal } = { printStack: None };
export let formatExceptionHook: (e: PyException) => string = (e) => str(e);
export function setFormatException(f: (e: PyException) => string): void { formatExceptionHook = f; }
/** traceback's pieces (traceback.ts, with the program's source lines): a traceback object's
 * entries as extract_tb gives them, and an exception's last lines as format_exception_only does. */
export const tracebackHooks = {
  entries: (_tb: PyVal): PyVal[] => [],
  only: (e: PyException): string => str(e),
};

export function defineYieldpointModule(m: Map<string, PyVal>, def: (name: string, fn: (args: PyVal[], kw: Map<string, PyVal> | null) => PyVal) => void): void {
  m.set('bare_yield', new BareYield());
  defineThreadFunctions(def, {
    begins: (run) => { if (observers.length) emit({ kind: 'threadStarts', run }); },
    ends: (run, result, exc) => { if (observers.length) emit({ kind: 'threadDone', run, outcome: outcomeOf(result, exc) }); },
  });
  def('format_exception', (args) => formatExceptionHook(args[0] as PyException));
  def('traceback_entries', (args) => new PyList(tracebackHooks.entries(args[0])));
  def('format_exception_only', (args) => tracebackHooks.only(args[0] as PyException));
  def('register', (args) => { if (args[0] === 'print_stack') pyHooks.printStack = args[1]; return None; });
  /** warnings' tracemalloc hint ran (CPython imported tracemalloc then): see interpreter.ts's exit report. */
  def('tracemalloc_imported', () => { exitReport.tracemallocImported = true; return None; });
  /** linecache.getline(filename, lineno): the program's source line, '' when unknown. */
  def('source_line', (args) => {
    const n = Number(args[1]);
    const line = typeof args[0] === 'string' && n > 0 ? reporting.lines(args[0])?.[n - 1] : undefined;
    return line === undefined ? '' : line + '\n';
  });
  def('take_unretrieved', (args) => new PyList(takeUnretrieved(args[0])));
  /** `raise _yieldpoint.orphan(exc, *coros)`: exc is raised refusing coros, which it alone holds. */
  def('orphan', (args) => { for (const c of args.slice(1)) orphan(args[0] as PyException, c, runningLoop.loop !== None); return args[0]; });
  /** `refusing(check, coro)`: check(), and if it raises, the exception holds coro as orphan() says. */
  def('refusing', (args) => {
    try {
      return call(args[0], []);
    } catch (e) {
      if (e instanceof PyException) orphan(e, args[1], runningLoop.loop !== None);
      throw e;
    }
  });
  def('report_at_exit', (args) => { atExit.push({ fn: args[0], args: args.slice(1) }); return None; });
  /** agens_to_close(agens): those CPython's loop._asyncgens (a WeakSet) still holds at shutdown:
   * the unfinished ones, and the finished ones the program's globals keep alive. */
  def('agens_to_close', (args) => {
    const agens = (args[0] as PyList).items;
    const held = agens.some((g) => g instanceof PyAsyncGenerator && (g.finished || g.closed)) ? new Set(heldValues(loopConfig.globals?.values() ?? [])) : null;
    return new PyList(agens.filter((g) => g instanceof PyAsyncGenerator && (!g.finished && !g.closed || held!.has(g))));
  });
  def('iscoroutine', (args) => isCoroutine(args[0]));
  def('iscoroutinefunction', (args) => { const f = args[0]; const fn = f instanceof PyFunction ? f : getattrOpt(f, '__func__'); return fn instanceof PyFunction && fn.code.kind === 'coroutine'; });
  def('isawaitable', (args) => args[0] instanceof PyCoroutine || args[0] instanceof AsyncGenAwaitable || (args[0] instanceof PyGenerator && args[0].iterableCoroutine) || typeOf(args[0]).lookup('__await__') !== undefined);
  def('describe_wait', (args) => {
    const o = args[0];
    if (!(o instanceof PyObject)) return None;
    if ((o as Labelled).waitLabel !== undefined) (o as Labelled).waitLabel = String(args[1]);
    else waits.set(o, String(args[1]));
    return None;
  });
  /** describe_call_wait(fut, prefix, fn, args): fut stands for "PREFIX fn(args)", labelled only
   * for a tracer or debugger (the arguments' reprs may run the program's code). */
  def('describe_call_wait', (args) => {
    if (observers.length && args[0] instanceof PyObject) waits.set(args[0], `${String(args[1])} ${callLabel(args[2], (args[3] as PyTuple).items, None)}`);
    return None;
  });
  def('c_type_name', (args) => { (args[0] as PyType).tpName = String(args[1]); return None; });
  def('fast_path', (args) => new PyBuiltin('fast_path', (fa) => fastPath(String(args[0]), fa[0])));
  def('set_asyncgen_hooks', (args) => { asyncgenHooks.firstiter = args[0]; asyncgenHooks.finalizer = args[1]; return None; });
  def('new_module', (args) => new PyModule(String(args[0]), new Map<string, PyVal>([['__name__', args[0]]])));
  def('get_asyncgen_hooks', () => tuple([asyncgenHooks.firstiter, asyncgenHooks.finalizer]));
}

/** asyncio.iscoroutine (3.11): coroutines, generators (types.GeneratorType) and anything that is a
 * collections.abc.Coroutine by its methods (the awaitables of an async generator's asend/athrow). */
export function isCoroutine(v: PyVal): boolean {
  if (v instanceof PyCoroutine || v instanceof AsyncGenAwaitable) return true;
  if (v instanceof PyGenerator) return !(v instanceof PyAsyncGenerator);
  if (!(v instanceof PyObject)) return false;
  const t = typeOf(v);
  return COROUTINE_METHODS.every((n) => { const m = t.lookup(n); return m !== undefined && m !== None; });
}
const COROUTINE_METHODS = ['__await__', 'send', 'throw', 'close'];

// ---------------------------------------------------------------- events from the native loop
// Callers check `observers.length` first, so with no tracer or debugger these cost nothing.
/** What the warnings shown at exit depend on. */
export const exitReport = { tracemallocImported: false };
export function taskCreated(task: PyVal, coro: PyVal): void {
  emit({ kind: 'created', task, name: nameOf(task), where: callerWhere(), coro: coroLabel(coro) });
}
export function taskResumes(task: PyVal, coro: PyVal, first: boolean): void {
  emit({ kind: 'resumes', task, name: nameOf(task), line: programLine(coro), first });
}
export function taskYields(task: PyVal, coro: PyVal, result: PyVal): void {
  emit({ kind: 'yields', task, name: nameOf(task), line: programLine(coro), awaits: describeAwait(result) });
}
export function taskDone(t: PyVal): void {
  // A native task's own state: an instance attribute may shadow its cancelled() method.
  const cancelled = t instanceof PyFuture ? t.state === CANCELLED : truthy(call(getattrOpt(t, 'cancelled'), []));
  emit({ kind: 'done', task: t, name: nameOf(t), outcome: cancelled ? 'cancelled' : outcomeOf(getattrOpt(t, '_result'), getattrOpt(t, '_exception')) });
}
/** "result R" or "exception E" (exc: None or undefined when there is none). */
function outcomeOf(result: PyVal, exc: PyVal): string {
  return exc !== None && exc !== undefined ? `exception ${repr(exc)}` : `result ${repr(result)}`;
}
/** The shape of a native handle (handle.ts), read without importing it. */
interface HandleLike { cb: PyVal; args: PyVal[] | null; isStep: boolean }
export function timerFired(h: HandleLike): void {
  const { name, wait } = handleLabel(h);
  emit({ kind: 'timer', what: wait ?? name });
}
/** A ready handle is about to run: a callback event unless it steps or wakes up a task. */
export function handleRan(h: HandleLike): void {
  if (h.isStep) return;
  const { name, wait } = handleLabel(h);
  // A task's wake-up (Task.task_wakeup) is a step of that task, not a callback of its own.
  if (!/\.(task)?_?(step|wakeup)$/.test(name)) emit({ kind: 'callback', what: wait ? `${name} (${wait})` : name });
}
/** A handle's callback name, and the wait its first argument stands for (e.g. "sleep 0.5"). */
export function handleLabel(h: HandleLike): { name: string; wait: string | undefined } {
  const cb = h.cb;
  if (cb === null || cb === undefined || cb === None) return { name: 'cancelled handle', wait: undefined };
  if (h.isStep) return { name: `${nameOf(cb)} step`, wait: undefined };
  const first = h.args?.length ? h.args[0] : undefined;
  // A functools.partial is named by the function it calls.
  let q = getattrOpt(cb, '__qualname__');
  if (typeof q !== 'string') q = getattrOpt(getattrOpt(cb, 'func') ?? None, '__qualname__');
  return { name: typeof q === 'string' ? q : repr(cb), wait: first instanceof PyObject ? waitOf(first) : undefined };
}
