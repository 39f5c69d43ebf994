"""threading for Yieldpoint (after CPython 3.11's Lib/threading.py), with threads that run one at a
time, each to completion.

A Yieldpoint program runs on one JavaScript thread, so no second thread can run beside the first.
Another thread's code runs whole, from start to end, while the thread that started it waits:

- Thread.start() queues the thread's run() (its target); work given to a thread pool
  (concurrent.futures.ThreadPoolExecutor.submit, and through it loop.run_in_executor and
  asyncio.to_thread) is queued the same way.
- Queued threads and work items run in the order they were queued, each to completion, when the
  running thread waits: at the event loop's next iteration, in a blocking call (Thread.join(),
  Lock.acquire(), RLock.acquire(), Event.wait(), Condition.wait(), Semaphore.acquire(),
  concurrent.futures' Future.result(), wait(), as_completed(), Executor.shutdown(wait=True)),
  in the main thread's time.sleep(), and when the program exits (as CPython joins its threads
  then).
- Each thread's work runs on a clock of its own (on the virtual clock), started when the work
  was queued: its time.sleep() does not hold up the event loop, what it hands to the loop with
  call_soon_threadsafe() (how run_in_executor and to_thread deliver results) reaches the loop at
  the thread's time, what it prints comes out when the main thread's clock gets there, a thread
  that waits for another's work (join(), Future.result(), wait(), as_completed()) goes on when
  that work ended, and a concurrent.futures Future is done from the time it finished. Other
  effects (a shared list appended to) still happen when the work runs.
- A blocking call runs queued threads one at a time until it can return. If none is left and the
  call still cannot return, it would wait forever: it raises RuntimeError instead (CPython would
  hang), unless it has a timeout, which then elapses on the program's clock (as time.sleep does)
  and the call reports that it timed out. So a thread cannot wait for something that another
  thread does only after the waiting thread has started running.

A thread pool creates worker threads when CPython's pool would (on submit while no worker is
idle), named as CPython names them ('asyncio_0' for asyncio's default executor,
'ThreadPoolExecutor-0_0', ...), and runs each work item on its first free worker. Each thread has
its own current_thread(), get_ident(), contextvars context and threading.local() attributes.
Not provided: settrace/setprofile. The deprecated camelCase aliases (getName, setDaemon,
currentThread, ...) work without their DeprecationWarning (there is no warnings module).
"""

import sys as _sys
import time as _time
import _yieldpoint
import _asyncio

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Timer', 'ThreadError', 'local', 'excepthook', 'ExceptHookArgs', 'get_native_id',
           'Barrier', 'BrokenBarrierError']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

_FIRST_IDENT = 139_637_976_727_104
_STACK = 8_392_704


def _block(ready, timeout, what):
    """Waits as a blocked thread would until ready() is true: runs the other threads' pending
    work, one piece at a time. True once ready(); False if the timeout elapsed first."""
    if timeout == 0:
        # A non-blocking call (acquire(False), wait(0)) returns at once: no other thread runs.
        return ready()
    deadline = None if timeout is None else _time.monotonic() + timeout
    while not ready():
        end = _yieldpoint.run_thread_job()
        if end is not False:
            if ready():
                # The work that ended the wait ended at `end` on its own clock.
                if deadline is not None and end > deadline:
                    _yieldpoint.wait_until(deadline)
                    return False
                _yieldpoint.wait_until(end)
            continue
        if timeout is None:
            raise RuntimeError(f'{what} would wait forever: no queued thread is left that could '
                               f'end the wait (Yieldpoint runs threads one at a time, each to '
                               f'completion, so a thread cannot wait for what another does later)')
        if timeout > 0:
            _time.sleep(timeout)
        return ready()
    return True


def _timeout_of(blocking, timeout):
    """A lock's acquire(blocking, timeout) as a wait timeout (None: forever)."""
    if not blocking:
        if timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return 0
    if timeout == -1:
        return None
    if timeout < 0:
        raise ValueError("timeout value must be positive")
    return timeout


# ---------------------------------------------------------------- locks

class lock:
    """A primitive lock (_thread.lock): threading.Lock() makes one."""

    __module__ = '_thread'

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        wait = _timeout_of(blocking, timeout)
        if self._locked and not _block(lambda: not self._locked, wait, 'Lock.acquire()'):
            return False
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        return self._locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        return f"<{'locked' if self._locked else 'unlocked'} _thread.lock object at {id(self):#x}>"


def allocate_lock():
    return lock()


Lock = allocate_lock


class RLock:
    """A reentrant lock (_thread.RLock): its owner thread may acquire it again."""

    __module__ = '_thread'

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        wait = _timeout_of(blocking, timeout)
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if self._count and not _block(lambda: not self._count, wait, 'RLock.acquire()'):
            return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident() or not self._count:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None

    def __exit__(self, t, v, tb):
        self.release()

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    def _release_save(self):
        if not self._count:
            raise RuntimeError('cannot release un-acquired lock')
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        return state

    def _acquire_restore(self, state):
        _block(lambda: not self._count, None, 'RLock.acquire()')
        self._count, self._owner = state

    def __repr__(self):
        return (f"<{'locked' if self._count else 'unlocked'} _thread.RLock object "
                f"owner={self._owner or 0} count={self._count} at {id(self):#x}>")


class Condition:
    """Condition variables (as CPython's: waiters are notified in the order they waited)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        try:
            self._release_save = lock._release_save
        except AttributeError:
            pass
        try:
            self._acquire_restore = lock._acquire_restore
        except AttributeError:
            pass
        try:
            self._is_owned = lock._is_owned
        except AttributeError:
            pass
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = [False]
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            gotit = _block(lambda: waiter[0], timeout, 'Condition.wait()')
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit and waiter in self._waiters:
                self._waiters.remove(waiter)

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time.monotonic() + waittime
                else:
                    waittime = endtime - _time.monotonic()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter[0] = True

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


class Semaphore:
    """A counter of free slots; acquire() waits while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if not _block(lambda: self._value > 0, timeout if blocking else 0, 'Semaphore.acquire()'):
            return False
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag that threads can wait for."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        return self._flag

    def isSet(self):
        return self.is_set()

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        return _block(lambda: self._flag, timeout, 'Event.wait()')


# ---------------------------------------------------------------- threads

class Barrier:
    """Blocks each thread that calls wait() until `parties` threads have called it; the last one
    to arrive runs `action` first. A timeout, abort() or a failing action breaks it (every waiter
    gets BrokenBarrierError) until reset()."""

    class _Round:
        # One filling of the barrier: how many wait, and how it ended.
        def __init__(self):
            self.waiting = 0
            self.passed = False
            self.broken = False

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._round = Barrier._Round()

    def __repr__(self):
        cls = type(self)
        where = f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}"
        return f"{where}: broken>" if self.broken else f"{where}: waiters={self.n_waiting}/{self.parties}>"

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            r = self._round
            if r.broken:
                raise BrokenBarrierError
            index = r.waiting
            r.waiting += 1
            if r.waiting == self._parties:
                try:
                    if self._action:
                        self._action()
                except BaseException:
                    self._break()
                    raise
                r.passed = True
                self._round = Barrier._Round()
                self._cond.notify_all()
                return index
            try:
                if not self._cond.wait_for(lambda: r.passed or r.broken, timeout):
                    self._break()
                if r.broken:
                    raise BrokenBarrierError
                return index
            finally:
                r.waiting -= 1

    def _break(self):
        self._round.broken = True
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._round.waiting:
                self._break()
            self._round = Barrier._Round()

    def abort(self):
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        r = self._round
        return 0 if r.broken or r.passed else r.waiting

    @property
    def broken(self):
        return self._round.broken


class BrokenBarrierError(RuntimeError):
    pass


_counter = 0
_next_ident = _FIRST_IDENT
# Threads started and not yet stopped, by ident, in start order.
_active = {}


def _newname(name_template="Thread-%d"):
    global _counter
    _counter += 1
    return name_template % _counter


class Thread:
    """A thread of control: start() queues run() (the target), which runs when the starting thread
    next waits (see the module's doc)."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._initialized = True
        # The thread's contextvars context (a new thread's starts empty, made when first needed).
        self._context = None

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def _begin(self):
        global _next_ident
        self._ident = _next_ident
        self._native_id = 4000 + (_next_ident - _FIRST_IDENT) // _STACK
        _next_ident += _STACK
        self._started = True
        _active[self._ident] = self

    def _stop(self):
        self._is_stopped = True
        self._stopped_at = _time.monotonic()
        _active.pop(self._ident, None)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._begin()
        _yieldpoint.start_thread(_run_as, (self, self._bootstrap_inner))

    def _bootstrap_inner(self):
        if type(self).run is Thread.run and self._target is not None:
            _yieldpoint.thread_begins(self, self._target, self._args, self._kwargs)
        else:
            _yieldpoint.thread_begins(self, self.run, (), None)
        try:
            self.run()
        except BaseException as exc:
            _yieldpoint.thread_ends(None, exc)
            _invoke_excepthook(self)
        else:
            _yieldpoint.thread_ends(None, None)
        finally:
            self._stop()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None:
            timeout = max(timeout, 0)
        deadline = None if timeout is None else _time.monotonic() + timeout
        _block(lambda: self._is_stopped, timeout, 'Thread.join()')
        if self._is_stopped:
            # It stopped at a time on its own clock: the joining thread goes on then.
            _yieldpoint.wait_until(self._stopped_at if deadline is None else min(self._stopped_at, deadline))

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        # A thread stopped at a time this thread's clock has not reached is still running.
        return self._started and not (self._is_stopped and self._stopped_at <= _time.monotonic())

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Calls a function after a number of seconds, unless cancelled first. (The thread waits on the
    program's clock, as time.sleep does, when it runs: see the module's doc.)"""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._begin()


def _run_as(thread, fn, *args):
    """Runs fn(*args) as `thread`: its current_thread(), get_ident(), contextvars context and
    running event loop (none: a loop runs in the thread that runs it)."""
    global _current
    prev = _current
    _current = thread
    outer = _yieldpoint.swap_context(thread._context)
    loop = _asyncio._get_running_loop()
    _asyncio._set_running_loop(None)
    try:
        return fn(*args)
    finally:
        _asyncio._set_running_loop(loop)
        thread._context = _yieldpoint.swap_context(outer)
        _current = prev


class ExceptHookArgs:
    """What excepthook receives (CPython's _thread._ExceptHookArgs)."""

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))


def excepthook(args, /):
    """Prints an exception that ended a thread, as CPython's _thread._excepthook does."""
    if args.exc_type == SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    _sys.stderr.write(f"Exception in thread {name}:\n")
    _sys.stderr.write(_yieldpoint.format_exception(args.exc_value) + '\n')
    _sys.stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread):
    import threading
    hook = getattr(threading, 'excepthook', None) or __excepthook__
    exc_type, exc_value, exc_tb = _sys.exc_info()
    try:
        hook(ExceptHookArgs(exc_type, exc_value, exc_tb, thread))
    except BaseException as exc:
        __excepthook__(ExceptHookArgs(type(exc), exc, exc.__traceback__, None))


def current_thread():
    return _current


def main_thread():
    return _main_thread


def get_ident():
    return _current._ident


def get_native_id():
    return _current._native_id


def active_count():
    return len(_active)


def currentThread():
    return current_thread()


def activeCount():
    return active_count()


def enumerate():
    return list(_active.values())


# ---------------------------------------------------------------- thread-local data

def _class_attr(cls, name):
    for base in cls.__mro__:
        if name in base.__dict__:
            return True, base.__dict__[name]
    return False, None


class _local:
    """Thread-local data: each thread sees its own attributes (and __init__ runs again, with the
    same arguments, in each thread that first touches the object)."""

    __module__ = '_thread'

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__dicts', {get_ident(): {}})
        object.__setattr__(self, '_local__args', (args, kw))
        return self

    def __getattribute__(self, name):
        if name in ('_local__dicts', '_local__args', '__class__'):
            return object.__getattribute__(self, name)
        d = _local_dict(self)
        if name == '__dict__':
            return d
        found, attr = _class_attr(type(self), name)
        if found and hasattr(type(attr), '__set__'):
            return object.__getattribute__(self, name)
        if name in d:
            return d[name]
        if found:
            return object.__getattribute__(self, name)
        raise AttributeError(f"'{_local_type_name(self)}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(f"'{type(self).__name__}' object attribute '__dict__' is read-only")
        found, attr = _class_attr(type(self), name)
        if found and hasattr(type(attr), '__set__'):
            return object.__setattr__(self, name, value)
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(f"'{type(self).__name__}' object attribute '__dict__' is read-only")
        found, attr = _class_attr(type(self), name)
        if found and hasattr(type(attr), '__delete__'):
            return object.__delattr__(self, name)
        d = _local_dict(self)
        if name not in d:
            raise AttributeError(f"'{_local_type_name(self)}' object has no attribute '{name}'")
        del d[name]


def _local_type_name(self):
    cls = type(self)
    return '_thread._local' if cls is _local else cls.__name__


def _local_dict(self):
    dicts = object.__getattribute__(self, '_local__dicts')
    key = get_ident()
    d = dicts.get(key)
    if d is None:
        d = dicts[key] = {}
        args, kw = object.__getattribute__(self, '_local__args')
        cls = type(self)
        if cls.__init__ is not object.__init__:
            cls.__init__(self, *args, **kw)
    return d


local = _local

_main_thread = _MainThread()
_current = _main_thread
