// Frame records and the per-statement trap (Lua's hook pattern): generated code does
//   $f.l = LINE; if ($T.armed && $trap($f, [locals...])) [locals...] = $f.v;
// so with no debugger armed a statement costs one store and one property load.
import { Code, PyVal } from './object';
import { PyException, pyErr, RecursionError } from './exceptions';

export class Frame {
  /** Current line. */
  l = 0;
  back: Frame | null = null;
  /** Locals snapshot from the last trap, in code.varnames order (debugger only). */
  v: PyVal[] | null = null;
  /** Module-level frames read their variables from the globals map. */
  globals: Map<string, PyVal> | null = null;
  /** What this (suspended) coroutine frame is awaiting: a coroutine, generator or awaitable. */
  awaiting: PyVal = null;
  /** Set once the call has returned or the generator has finished (stepping needs to know). */
  returned = false;
  /** Locals (by varnames index) the debugger set while this coroutine frame was suspended:
   * written back when it resumes from its await. */
  edits: Map<number, PyVal> | null = null;
  /** A generator frame, while running: the depth of the handled-exceptions stack below its own
   * entries, and whether this run began with an exception thrown in (not a send). */
  hbase = 0;
  thrownIn = false;
  /** Coroutines never started held only by locals nothing reads (codegen's deadStore). */
  drops: Map<string, PyVal> | null = null;
  constructor(public code: Code) {}
}

export interface Trap {
  /** Returns true when the debugger changed locals (generated code then reloads them from $f.v). */
  (f: Frame): boolean;
}

export const T = {
  armed: false,
  /** Generator and coroutine frames keep their arguments from the start (for the trace's and the
   * debugger's task labels); off otherwise, so a plain run allocates nothing for it. */
  record: false,
};
export const state = {
  cur: null as Frame | null,
  depth: 0,
  limit: 1000,
  trap: ((_f: Frame) => false) as Trap,
};

/** rt.ts: warns for the coroutines a returning frame's dead locals held. */
export const frameDrops = { free: (_f: Frame): void => {} };
export function enter(code: Code): Frame {
  if (++state.depth > state.limit) {
    state.depth--;
    throw pyErr(RecursionError, 'maximum recursion depth exceeded');
  }
  const f = new Frame(code);
  f.back = state.cur;
  state.cur = f;
  return f;
}
export function leave(f: Frame): void {
  if (f.drops !== null) frameDrops.free(f);
  f.returned = true;
  state.cur = f.back;
  state.depth--;
}

/** Called by generated code when armed: snapshot locals, then let the debugger decide. */
export function trap(f: Frame, locals: PyVal[] | null): boolean {
  f.v = locals;
  return state.trap(f);
}

/** Applies a suspended frame's pending edits to its current locals (generated code, at awaits). */
export function edits(f: Frame, locals: PyVal[]): PyVal[] {
  for (const [i, v] of f.edits!) locals[i] = v;
  f.edits = null;
  return locals;
}

/** Exception groups that except* made in a frame and re-raised from there (CPython's
 * PREP_RERAISE_STAR then RERAISE): that frame adds no traceback entry of its own. */
export const reraisedFrom = new WeakMap<PyException, Frame>();
/** Library modules written in Python that stand for CPython's C modules: like C code, their frames
 * add no traceback entries. */
const NATIVE_LIBRARY = new Set(['<yieldpoint:_signal>']);

/** Exceptions delivered at a suspension point (thrown into a generator or coroutine, or raised by
 * the future an await was waiting on): the frame they first reach points at its yield or await. */
export const raisedAtSuspension = new WeakSet<object>();

/** Records that an exception passed through (or was caught in) frame f at its current line. */
export function addTraceback(e: PyException, f: Frame): void {
  if (NATIVE_LIBRARY.has(f.code.filename)) return;
  const tb = e.tb;
  if (tb.length === 0 && reraisedFrom.get(e) === f) return;
  const last = tb.length ? tb[tb.length - 1] : null;
  if (last && last.frame === f) return;
  if (raisedAtSuspension.has(e)) {
    raisedAtSuspension.delete(e);
    if (tb.length === 0) { tb.push({ code: f.code, line: f.l, frame: f, atSuspension: true }); return; }
  }
  tb.push({ code: f.code, line: f.l, frame: f });
}

/** The current chain of frames, innermost first. */
export function frameChain(): Frame[] {
  const out: Frame[] = [];
  for (let f = state.cur; f; f = f.back) out.push(f);
  return out;
}
