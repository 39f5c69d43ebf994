// Native paths for asyncio's task functions: asyncio.create_task, loop.create_task and gather. They
// stay the library's Python functions (lib/asyncio.py); a native path runs instead when every
// object involved is the library's own (exact Tasks and Futures, coroutines, a native loop with no
// task factory), and otherwise answers FALLBACK before it has changed anything (fastMethods.ts).
import { PyVal, PyFunction, PyBuiltin, None, Kw } from './object';
import { PyList, PyTuple } from './types';
import { PyFuture, futureType, PENDING, CANCELLED, aio } from './future';
import { PyTask, taskType } from './task';
import { PyLoop, loopType } from './eventLoop';
import { call, callMethodIC, getattrIC, InlineCache, truthy } from './ops';
import { importModule } from './modules';
import { runningLoop, isCoroutine } from './loopObserver';
import { FALLBACK, MethodCache, methodPaths, nativePath } from './fastMethods';

const exactFuture = (v: PyVal): v is PyFuture => v instanceof PyFuture && (v.cls === futureType || v.cls === taskType);
/** An attribute of the asyncio module. */
const asyncioGlobal = (name: string): PyVal => importModule('asyncio').dict!.get(name);

const createTaskM = new MethodCache('create_task', (m) => (m instanceof PyFunction ? nativePath(m) : null));
const factoryIC = new InlineCache(), addCallbackIC = new InlineCache(), cancelRequestedIC = new InlineCache();

/** loop.create_task(coro) when it is BaseEventLoop's with no task factory: `Task(coro, loop=loop)`;
 * null when the library's Python would do something else (or raise). */
function createTask(loop: PyVal, coro: PyVal): PyTask | null {
  if (!(loop instanceof PyLoop) || !isCoroutine(coro) || !canCreate(loop)) return null;
  const t = new PyTask(taskType);
  t.initTask(coro, loop, None, None);
  return t;
}

/** gather's `_done_callback(fut)`, over the state gather's locals keep. */
class Gathering {
  nfuts = 0;
  nfinished = 0;
  outer: PyFuture | null = null;
  constructor(readonly children: PyList, readonly returnExceptions: boolean) {}

  done(fut: PyFuture): void {
    this.nfinished++;
    const outer = this.outer;
    if (outer === null || outer.state !== PENDING) {
      if (fut.state !== CANCELLED) fut.getException();
      return;
    }
    if (!this.returnExceptions) {
      if (fut.state === CANCELLED) { outer.setException(fut.makeCancelledError()); return; }
      const exc = fut.getException();
      if (exc !== None) { outer.setException(exc); return; }
    }
    if (this.nfinished !== this.nfuts) return;
    const children = this.children.items as PyFuture[];
    const results: PyVal[] = [];
    for (const f of children) {
      if (f.state === CANCELLED) results.push(call(aio.CancelledError, [f.cancelMessage === None ? '' : f.cancelMessage]));
      else {
        const e = f.getException();
        results.push(e !== None ? e : f.getResult());
      }
    }
    if (truthy(getattrIC(outer, '_cancel_requested', cancelRequestedIC))) outer.setException(children[children.length - 1].makeCancelledError());
    else outer.setResult(new PyList(results));
  }
}

Object.assign(methodPaths, {
  /** `loop = get_running_loop()`; `task = loop.create_task(coro)` (name and context None) */
  create_task: ([coro, name, context]) => {
    if (name !== None || context !== None || runningLoop.loop === None) return FALLBACK;
    return createTask(runningLoop.loop, coro) ?? FALLBACK;
  },
  /** `self._check_closed()`; `Task(coro, loop=self, name=name, context=context)` with no task factory */
  'BaseEventLoop.create_task': ([self, coro, name, context]) => (name !== None || context !== None ? FALLBACK : createTask(self, coro) ?? FALLBACK),
  /** gather of exact futures and coroutines: children, their done callbacks and the
   * _GatheringFuture, as the Python body makes them. */
  gather: ([coros, returnExceptions]) => {
    const args = (coros as PyTuple).items;
    const outerType = asyncioGlobal('_GatheringFuture');
    if (args.length === 0 || typeof returnExceptions !== 'boolean' || outerType === undefined) return FALLBACK;
    // First check that the body would take no other way (no side effect before this is known).
    let loop: PyVal = None;
    for (const a of args) {
      if (exactFuture(a)) {
        if (loop === None) loop = a.loop;
        else if (a.loop !== loop) return FALLBACK;
      } else if (isCoroutine(a)) {
        if (loop === None) loop = runningLoop.loop;
      } else return FALLBACK;
    }
    if (!(loop instanceof PyLoop) || (args.some(isCoroutine) && !canCreate(loop))) return FALLBACK;
    const children = new PyList([]);
    const g = new Gathering(children, returnExceptions);
    const cb = new PyBuiltin('_done_callback', (cbArgs) => { g.done(cbArgs[0] as PyFuture); return None; }, undefined, 'gather.<locals>._done_callback');
    const seen = new Map<PyVal, PyFuture>();
    for (const a of args) {
      let fut = seen.get(a);
      if (fut === undefined) {
        if (exactFuture(a)) fut = a;
        else {
          fut = createTask(loop, a)!;
          (fut as PyTask).logDestroyPending = false;
        }
        g.nfuts++;
        seen.set(a, fut);
        callMethodIC(fut, 'add_done_callback', [cb], addCallbackIC);
      }
      children.items.push(fut);
    }
    const kw: Kw = new Map([['loop', loop]]);
    const outer = call(outerType, [children], kw) as PyFuture;
    g.outer = outer;
    outer.waitLabel = 'gather';
    return outer;
  },
} satisfies Record<string, (args: PyVal[]) => PyVal | typeof FALLBACK>);

/** loop.create_task would make a plain Task: BaseEventLoop's, open, no task factory. */
function canCreate(loop: PyLoop): boolean {
  return !loop.closed && createTaskM.get(loop) !== null && loop.cls.lookup('_check_closed') === loopType.dict.get('_check_closed') &&
    getattrIC(loop, '_task_factory', factoryIC) === None;
}
