"""concurrent.futures for Yieldpoint (after CPython 3.11's Lib/concurrent/futures/_base.py and
thread.py): Future, Executor, ThreadPoolExecutor, wait, as_completed.

Worker threads run as lib/threading.py describes: a submitted call runs whole, in submission
order, when the submitting thread next waits (the event loop's next iteration, Future.result(),
wait(), as_completed(), shutdown(wait=True), time.sleep(), ...) or when the program exits, on the
worker thread's own clock (lib/threading.py). It runs on the first worker free when it was
submitted, else waits for the first to become free; the pool creates worker threads when
CPython's would (on submit, while no worker is idle, up to max_workers), named '<prefix>_<n>'.
ProcessPoolExecutor is
not provided: Yieldpoint refuses a program that names it.
"""

import sys as _sys
import time
import collections
import threading
import _yieldpoint
_GenericAlias = type(list[int])  # types.GenericAlias

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'InvalidStateError', 'Future', 'Executor', 'wait',
           'as_completed', 'ThreadPoolExecutor')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# Possible future states (for internal use by the futures package).
PENDING = 'PENDING'
RUNNING = 'RUNNING'
# The future was cancelled by the user...
CANCELLED = 'CANCELLED'
# ...and _Waiter.add_cancelled() was called by a worker.
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished"
}


class Error(Exception):
    """Base class for all future-related exceptions."""
    __module__ = 'concurrent.futures._base'


class CancelledError(Error):
    """The Future was cancelled."""
    __module__ = 'concurrent.futures._base'


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""
    __module__ = 'concurrent.futures._base'


class BrokenThreadPool(BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""
    __module__ = 'concurrent.futures.thread'


def _log_exception(msg):
    """LOGGER.exception(msg) with logging's last-resort handler: the message and the traceback."""
    exc = _sys.exception()
    _sys.stderr.write(msg + '\n' + _yieldpoint.format_exception(exc) + '\n')


class _Waiter:
    """Collects the futures that finish while wait() or as_completed() waits."""

    def __init__(self):
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    add_exception = add_result
    add_cancelled = add_result


class Future:
    """Represents the result of an asynchronous computation."""

    __module__ = 'concurrent.futures._base'

    def __init__(self):
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []
        # When it finished, on the clock of the thread that finished it: a thread that waits for it
        # goes on then, and sees it done only from then on (see lib/threading.py).
        self._done_at = None

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _log_exception('exception calling callback for %r' % (self,))

    def __repr__(self):
        if self._state == FINISHED:
            if self._exception:
                return '<%s at %#x state=%s raised %s>' % (
                    self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state],
                    self._exception.__class__.__name__)
            return '<%s at %#x state=%s returned %s>' % (
                self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state],
                self._result.__class__.__name__)
        return '<%s at %#x state=%s>' % (
            self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        """Cancel the future if possible; True if it is (or already was) cancelled."""
        if self._state in [RUNNING, FINISHED]:
            return False
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            return True
        self._state = CANCELLED
        self._done_at = time.monotonic()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def _finished_later(self):
        """Finished, but at a time this thread's clock has not reached."""
        return self._done_at is not None and self._done_at > time.monotonic()

    def running(self):
        return self._state == RUNNING or self._state == FINISHED and self._finished_later()

    def done(self):
        return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED] and not self._finished_later()

    def __get_result(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        """Calls fn(future) when the future is done (at once if it already is)."""
        if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            _log_exception('exception calling callback for %r' % (self,))

    def _wait(self, timeout):
        """Runs the pending work of other threads until the future is finished, then waits (on this
        thread's clock) until the time it finished, unless the timeout ends first."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
            if _yieldpoint.run_thread_job() is False:
                if deadline is None:
                    threading._block(lambda: False, None, 'Future.result()')
                _yieldpoint.wait_until(deadline)
                return
        if deadline is not None and self._done_at > deadline:
            _yieldpoint.wait_until(deadline)
            raise TimeoutError()
        _yieldpoint.wait_until(self._done_at)

    def result(self, timeout=None):
        """The call's result; waits (running the pending work of other threads) until there is one."""
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        elif self._state == FINISHED and not self._finished_later():
            return self.__get_result()
        self._wait(timeout)
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        elif self._state == FINISHED:
            return self.__get_result()
        else:
            raise TimeoutError()

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned); waits as result() does."""
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        elif self._state == FINISHED and not self._finished_later():
            return self._exception
        self._wait(timeout)
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        elif self._state == FINISHED:
            return self._exception
        else:
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        """For executors: False if the future was cancelled, else marks it running."""
        if self._state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            for waiter in self._waiters:
                waiter.add_cancelled(self)
            return False
        elif self._state == PENDING:
            self._state = RUNNING
            return True
        else:
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = FINISHED
        self._done_at = time.monotonic()
        for waiter in self._waiters:
            waiter.add_result(self)
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._state = FINISHED
        self._done_at = time.monotonic()
        for waiter in self._waiters:
            waiter.add_exception(self)
        self._invoke_callbacks()

    __class_getitem__ = classmethod(_GenericAlias)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _finish_pending_work():
    """Runs all the work queued for other threads: each piece runs on its own clock, so the futures
    it finishes know when (_done_at) they finished. (What CPython's threads would do meanwhile.)"""
    while _yieldpoint.run_thread_job() is not False:
        pass


def _finished(f):
    return f._state in [CANCELLED_AND_NOTIFIED, FINISHED]


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures to complete; returns (done, not_done) sets."""
    fs = set(fs)
    now = time.monotonic()
    deadline = None if timeout is None else now + timeout
    if not all(_finished(f) and f._done_at <= now for f in fs):
        _finish_pending_work()
    # The time the wait ends: when the first future, the first failed one, or the last, finished.
    times = [f._done_at for f in fs if _finished(f)]
    forever = len(times) < len(fs)
    if return_when == FIRST_COMPLETED:
        until = min(times) if times else None
    elif return_when == FIRST_EXCEPTION:
        failed = [f._done_at for f in fs
                  if f._state == FINISHED and f._exception is not None]
        until = min(failed) if failed else (None if forever else max(times, default=now))
    else:
        until = None if forever else max(times, default=now)
    if until is None or deadline is not None and until > deadline:
        if deadline is None:
            threading._block(lambda: False, None, 'concurrent.futures.wait()')
        until = deadline
    _yieldpoint.wait_until(until)
    done = {f for f in fs if _finished(f) and f._done_at <= until}
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Yields the futures as they complete (those already done first, in the order given)."""
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = list(dict.fromkeys(fs))
    total_futures = len(fs)
    now = time.monotonic()
    finished = [f for f in fs if _finished(f) and f._done_at <= now]
    pending = [f for f in fs if f not in finished]
    for f in finished:
        yield f
    if not pending:
        return
    _finish_pending_work()
    for f in sorted((f for f in pending if _finished(f)), key=lambda f: f._done_at):
        if timeout is not None and f._done_at > end_time:
            break
        _yieldpoint.wait_until(f._done_at)
        pending.remove(f)
        yield f
    if pending:
        if timeout is None:
            threading._block(lambda: False, None, 'as_completed()')
        _yieldpoint.wait_until(end_time)
        raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total_futures))


def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()


class Executor:
    """The base class of executors: submit(), map(), shutdown(), and a context manager."""

    __module__ = 'concurrent.futures._base'

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls submitted at once; results in order."""
        if timeout is not None:
            end_time = timeout + time.monotonic()

        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        _yieldpoint.thread_begins(threading.current_thread(), self.fn, self.args, self.kwargs)
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            _yieldpoint.thread_ends(None, exc)
            self.future.set_exception(exc)
        else:
            _yieldpoint.thread_ends(result, None)
            self.future.set_result(result)


_pool_counter = 0


class ThreadPoolExecutor(Executor):
    """An executor whose calls run on worker threads (see the module's doc for when they run)."""

    __module__ = 'concurrent.futures.thread'

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        global _pool_counter
        if max_workers is None:
            # CPython: min(32, os.cpu_count() + 4).
            max_workers = 8
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        # Work items submitted and not yet run (CPython's _work_queue).
        self._queue = collections.deque()
        # CPython's _idle_semaphore: released by a worker each time it finishes a work item (here,
        # the times they finished at: a release counts from then on).
        self._idle = []
        self._threads = []
        self._busy = set()
        self._broken = False
        self._shutdown = False
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % _pool_counter
            _pool_counter += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = Future()
        w = _WorkItem(f, fn, args, kwargs)
        self._queue.append(w)
        _yieldpoint.start_thread(self._work, ())
        self._adjust_thread_count()
        return f

    def _adjust_thread_count(self):
        now = time.monotonic()
        for i, released in enumerate(self._idle):
            if released <= now:
                del self._idle[i]
                return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            t = threading.Thread(name='%s_%d' % (self._thread_name_prefix or self, num_threads),
                                 daemon=False)
            t._begin()
            t._initialized_worker = False
            t._free_at = now
            self._threads.append(t)

    def _work(self):
        """One work item (the first queued), run by the first free worker thread."""
        if not self._queue:
            return
        # The first worker free when the item was queued, else the first to become free (the
        # item waits for it): workers are busy until the time their last item ended at.
        now = time.monotonic()
        t = None
        for th in self._threads:
            if th not in self._busy and (t is None or th._free_at < t._free_at and t._free_at > now):
                t = th
        if t is None:
            raise RuntimeError(f'{self!r}: every worker thread waits for another work item '
                               f'(a deadlock: CPython would hang here)')
        if t._free_at > now:
            _yieldpoint.wait_until(t._free_at)
        w = self._queue.popleft()
        self._busy.add(t)
        try:
            threading._run_as(t, self._run_item, t, w)
        finally:
            self._busy.discard(t)
            t._free_at = time.monotonic()
        self._idle.append(t._free_at)
        if self._shutdown and not self._queue:
            self._stop_threads()

    def _run_item(self, thread, w):
        if not thread._initialized_worker:
            thread._initialized_worker = True
            if self._initializer is not None:
                try:
                    self._initializer(*self._initargs)
                except BaseException:
                    _log_exception('Exception in initializer:')
                    self._initializer_failed()
                    return
        if self._broken:
            w.future.set_exception(BrokenThreadPool(self._broken))
            return
        w.run()

    def _initializer_failed(self):
        self._broken = ('A thread initializer failed, the thread pool '
                        'is not usable anymore')
        while self._queue:
            work_item = self._queue.popleft()
            work_item.future.set_exception(BrokenThreadPool(self._broken))

    def _stop_threads(self):
        for t in self._threads:
            if not t._is_stopped:
                t._stop()

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            while self._queue:
                self._queue.popleft().future.cancel()
        if not self._queue:
            self._stop_threads()
        if wait:
            threading._block(lambda: not self._queue, None, 'ThreadPoolExecutor.shutdown()')
            # CPython joins the workers: they are done when their last items ended.
            for t in self._threads:
                _yieldpoint.wait_until(t._free_at)
