// The `_asyncio` module: the native Future, Task, handles and loop core that lib/asyncio.py
// builds on, as CPython's asyncio builds on its C `_asyncio` module.
import { PyVal, PyType, None, Kw } from './object';
import { PyList } from './types';
import { pyErr, RuntimeError } from './exceptions';
import { params, nargs, method } from './native';
import { PyFuture, futureType, aio, callbackSource } from './future';
import { taskType, liveTasks, currentTask } from './task';
import { handleType, timerHandleType, callbackSourceHook } from './handle';
import { loopType, loopHooks } from './eventLoop';
import { runningLoop } from './loopObserver';

callbackSourceHook.fn = callbackSource;

/** loop.create_future(): `Future(loop=self)`. */
method(loopType, 'create_future', (self) => {
  const f = new PyFuture(futureType);
  f.loop = self;
  return f;
});

function getRunningLoop(): PyVal {
  const loop = runningLoop.loop;
  if (loop === None) throw pyErr(RuntimeError, 'no running event loop');
  return loop;
}

export function defineAsyncioModule(m: Map<string, PyVal>, def: (name: string, fn: (args: PyVal[], kw: Kw) => PyVal) => void): void {
  m.set('Future', futureType);
  m.set('Task', taskType);
  m.set('Handle', handleType);
  m.set('TimerHandle', timerHandleType);
  m.set('BaseEventLoop', loopType);
  /** asyncio.py hands over the classes and functions the native half raises or calls. */
  def('_init', (_args, kw) => {
    const [cancelled, invalid, deadlock, getEventLoop] = params('_init', [], kw, ['CancelledError', 'InvalidStateError', 'Deadlock', 'get_event_loop'], 0);
    aio.CancelledError = cancelled as PyType;
    aio.InvalidStateError = invalid as PyType;
    aio.getEventLoop = getEventLoop;
    loopHooks.Deadlock = deadlock as PyType;
    return None;
  });
  def('get_running_loop', () => getRunningLoop());
  def('_get_running_loop', () => runningLoop.loop);
  def('_set_running_loop', (args) => { nargs('_set_running_loop', args, 1); runningLoop.loop = args[0]; return None; });
  def('current_task', (args, kw) => {
    const [loop] = params('current_task', args, kw, ['loop']);
    return currentTask(loop === undefined || loop === None ? getRunningLoop() : loop);
  });
  /** The tasks that are not done, of every loop (all_tasks() filters by loop). */
  def('_live_tasks', () => new PyList(liveTasks()));
}
