// Compiles and runs a Python program: parse, generate JavaScript, evaluate, report errors as CPython.
import { readCache, writeCache } from './codeCache';
import { Script } from 'node:vm';
import { PyVal, None, GlobalsMap } from './object';
import { PyException, SystemExit, KeyboardInterrupt, isExc } from './exceptions';
import { parse, checkComprehensionYield } from './parser';
import { compile } from './codegen';
import { runtimeHelpers, toPyException, debugHooks, reporting, takeOrphans, dropIter, takeTracebackDrops } from './rt';
import { PyGenerator } from './generator';
import { PyCoroutine, PyAsyncGenerator } from './coroutine';
import { heldValues } from './heldValues';
import { PySyntaxError } from './sourceError';
import { codingProblem } from './codingCookie';
import { compileWarnings, formatCompileWarnings } from './compileWarnings';
import { formatException, formatSyntaxError, tracebackEntries, formatExceptionOnly } from './traceback';
import { io } from './builtins';
import { moduleNames, setSourceRunner, sysState, setArith, recursion } from './modules';
import { str, mul, add, truthy, call, getattr, getattrOpt, asInt } from './ops';
import { TerminateSignal } from './debugAgent';
import { state } from './frame';
import { loopConfig, setFormatException, atExit, tracebackHooks, exitReport } from './loopObserver';
import { runJobs, releaseHeldOutput } from './threads';
import { setTruthy } from './numbers';
import './arith';
import './str';
import './bytearray';
import './containers';
import './typeobject';
import './glue';

setTruthy(truthy);
setArith(mul, add);
recursion.limit = () => state.limit;
recursion.set = (n) => { state.limit = n; };

const helperNames = Object.keys(runtimeHelpers);
/** Source lines by filename; a library module's are read when first asked for. */
const sources = new Map<string, string[] | (() => string)>();

const prologue = () => `"use strict";\nconst {${helperNames.join(', ')}} = $rt;\n`;

/** Compiles Python source to a module function taking its globals map. */
export function compileModule(source: string, filename: string, precompiled?: string): (G: Map<string, PyVal>) => void {
  let js = precompiled;
  if (js === undefined) {
    const mod = parse(source, filename);
    checkComprehensionYield(mod, source, filename);
    if (!filename.startsWith('<')) {
      const warnings = compileWarnings(mod);
      if (warnings.length) io.write('stderr', formatCompileWarnings(warnings, filename, source.split('\n')));
    }
    js = compile(mod, { filename, source, modules: moduleNames() });
  }
  sources.set(filename, source.split('\n'));
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const factory = new Function('$rt', prologue() + js);
  return factory(runtimeHelpers);
}

/** Runs a library module compiled at build time, with a V8 code cache beside it (as boot.ts does
 * for the runtime): written after the module's first run, with what compiled, when missing or stale. */
function runLibModule(name: string, mod: { source: string; js: string; cacheFile?: string }, G: Map<string, PyVal>): void {
  const filename = `<yieldpoint:${name}>`;
  if (mod.cacheFile === undefined) { compileModule(mod.source, filename, mod.js)(G); return; }
  sources.set(filename, () => mod.source);
  const cachedData = readCache(mod.cacheFile);
  const script = new Script(`(function ($rt) {${prologue()}${mod.js}\n})`, { filename: `yieldpoint-lib:${name}.js`, cachedData });
  (script.runInThisContext() as (rt: unknown) => (G: Map<string, PyVal>) => void)(runtimeHelpers)(G);
  if (cachedData === undefined || script.cachedDataRejected === true) writeCache(mod.cacheFile, script.createCachedData());
}

setFormatException((e) => formatException(e, sourceLines).replace(/\n$/, ''));
tracebackHooks.entries = (tb) => tracebackEntries(tb, sourceLines);
tracebackHooks.only = formatExceptionOnly;

setSourceRunner((name, mod, G) => runLibModule(name, mod, G));

export function sourceLines(filename: string): string[] | undefined {
  const s = sources.get(filename);
  if (typeof s !== 'function') return s;
  const lines = s().split('\n');
  sources.set(filename, lines);
  return lines;
}
reporting.lines = sourceLines;
reporting.unraisable = (e) => formatException(e, sourceLines, false);
let mainGlobals = new Map<string, PyVal>();
export const programGlobals = (): Map<string, PyVal> => mainGlobals;

/** Evaluates a Python expression over the program's globals and the given locals (debugger). */
export function evaluateExpression(expr: string, locals: Map<string, PyVal>): PyVal {
  const names = [...locals.keys()];
  const src = `def __yp_eval__(${names.join(', ')}):\n    return (${expr}\n)\n`;
  const G = new Map(mainGlobals);
  compileModule(src, '<debug>')(G);
  return call(G.get('__yp_eval__'), names.map((n) => locals.get(n)));
}

export interface RunOptions {
  filename: string;
  source: string;
  argv: string[];
}

/** Runs a program to completion and returns its exit code (as CPython would). */
export function runProgram(opts: RunOptions): number {
  sysState.argv = opts.argv;
  loopConfig.programFile = opts.filename;
  let main: (G: Map<string, PyVal>) => void;
  const badCoding = codingProblem(opts.source);
  if (badCoding !== null) {
    io.write('stderr', `SyntaxError: ${badCoding}\n`);
    return 1;
  }
  try {
    main = compileModule(opts.source, opts.filename);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      io.write('stderr', formatSyntaxError(e, opts.argv[0]));
      return e.kind === 'unsupported' ? 2 : 1;
    }
    throw e;
  }
  const G = new GlobalsMap([['__name__', '__main__'], ['__file__', opts.filename], ['__doc__', None]]);
  mainGlobals = G;
  sysState.main = G;
  loopConfig.globals = G;
  let code: number;
  let left: ReturnType<typeof takeOrphans> = null;
  try {
    main(G);
    code = 0;
  } catch (err) {
    if (err instanceof TerminateSignal) throw err;
    code = uncaught(err);
    left = takeOrphans(toPyException(err));
  }
  // As CPython joins its threads before exiting: work still queued for other threads runs now.
  try {
    runJobs();
  } catch (err) {
    if (err instanceof TerminateSignal) throw err;
    code = uncaught(err);
  } finally {
    releaseHeldOutput();
    io.flush('stdout');
  }
  for (const r of atExit.splice(0)) {
    try {
      call(r.fn, r.args);
    } catch (err) {
      if (err instanceof TerminateSignal) throw err;
    }
  }
  // Coroutines the uncaught exception alone held are freed as the interpreter shuts down. The
  // tracemalloc hint needs `import tracemalloc`, which fails this late unless an earlier warning's
  // hint imported it; raised in a task, the exception sits in a reference cycle that only the last
  // collection frees, after the warnings module.
  const neverAwaited = exitWarnings();
  for (const c of left?.coros ?? []) {
    if (neverAwaited(c) && !left!.inTask && exitReport.tracemallocImported) io.write('stderr', 'RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n');
  }
  finalizeGlobals(G, neverAwaited);
  return code;
}
/** CPython's report of a coroutine never awaited that is freed at shutdown, with no frame left:
 * each message once (the warnings registry). The reporter says whether it wrote. */
function exitWarnings(): (c: PyCoroutine) => boolean {
  const reported = new Set<string>();
  return (c) => {
    const line = `sys:1: RuntimeWarning: coroutine '${str(getattr(c, '__qualname__'))}' was never awaited\n`;
    if (reported.has(line)) return false;
    reported.add(line);
    io.write('stderr', line);
    return true;
  };
}
/** CPython's shutdown frees the main module's globals in order: a suspended generator they hold
 * (or the frames of an exception's traceback held) is closed then (its `finally` runs), and a
 * coroutine never awaited is reported. */
function finalizeGlobals(G: GlobalsMap, neverAwaited: (c: PyCoroutine) => boolean): void {
  try {
    for (const v of heldValues(G.values()).flatMap((x) => (x instanceof PyException ? takeTracebackDrops(x) : [x]))) {
      if (v instanceof PyCoroutine) {
        if (!v.started && !v.finished) neverAwaited(v);
      } else if (v instanceof PyGenerator && !(v instanceof PyAsyncGenerator)) dropIter(v);
    }
  } catch (err) {
    if (err instanceof TerminateSignal) throw err;
  }
  io.flush('stdout');
}
function uncaught(err: unknown): number {
  const e = toPyException(err);
  if (debugHooks.uncaught && !isExc(e, SystemExit)) debugHooks.uncaught(e);
  return reportUncaught(e);
}

export function reportUncaught(e: PyException): number {
  if (isExc(e, SystemExit)) {
    // SystemExit.code (assignable): None is 0; an int (a subclass too) is the C int's low byte.
    const code = getattrOpt(e, 'code') ?? None;
    if (code === None) return 0;
    const n = asInt(code);
    if (n !== undefined) return Number(BigInt.asIntN(32, BigInt(n))) & 0xff;
    io.flush('stdout');
    io.write('stderr', str(code) + '\n');
    return 1;
  }
  io.flush('stdout');
  io.write('stderr', formatException(e, sourceLines));
  const js = (e as PyException & { jsError?: unknown }).jsError;
  if (js && process.env.YIELDPOINT_DEBUG) io.write('stderr', String((js as Error).stack) + '\n');
  return isExc(e, KeyboardInterrupt) ? EXIT_BY_SIGINT : 1;
}
/** The exit status of a program ended by an uncaught KeyboardInterrupt: CPython then ends itself
 * with SIGINT, so its parent sees the signal rather than an exit code. */
export const EXIT_BY_SIGINT = -2;
