"""asyncio for Yieldpoint: CPython 3.11's asyncio, on the native Future, Task, handles and loop
core of `_asyncio` (as CPython's is on its C `_asyncio`), so that every step, yield and wake-up
happens in CPython's order. The clock is the runtime's
(virtual unless --clock realtime): when nothing is ready, time jumps to the next timer."""

import sys
import contextvars
import _yieldpoint
import _asyncio
from _asyncio import Future, Task, Handle, TimerHandle, current_task, get_running_loop, _get_running_loop, _set_running_loop

# ---------------------------------------------------------------- exceptions


class CancelledError(BaseException):
    __module__ = 'asyncio.exceptions'


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    __module__ = 'asyncio.exceptions'


class SendfileNotAvailableError(RuntimeError):
    __module__ = 'asyncio.exceptions'


class IncompleteReadError(EOFError):
    __module__ = 'asyncio.exceptions'
    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    __module__ = 'asyncio.exceptions'
    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


class BrokenBarrierError(RuntimeError):
    __module__ = 'asyncio.exceptions'


class QueueEmpty(Exception):
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    __module__ = 'asyncio.queues'


class _Deadlock(RuntimeError):
    pass


# ---------------------------------------------------------------- the event loop

class AbstractEventLoop:
    __module__ = 'asyncio.events'


def _io_refused(name):
    # The loop's sockets, pipes, servers and child processes: a program here has none.
    def method(self, *args, **kwargs):
        raise NotImplementedError(f'loop.{name}() is not supported by Yieldpoint: programs run without sockets, pipes or child processes')
    method.__name__ = method.__qualname__ = name
    return method


for _name in ('create_connection', 'create_server', 'create_unix_connection', 'create_unix_server', 'create_datagram_endpoint',
              'connect_accepted_socket', 'sendfile', 'start_tls', 'getaddrinfo', 'getnameinfo', 'connect_read_pipe',
              'connect_write_pipe', 'subprocess_exec', 'subprocess_shell', 'add_reader', 'remove_reader', 'add_writer',
              'remove_writer', 'sock_recv', 'sock_recv_into', 'sock_recvfrom', 'sock_recvfrom_into', 'sock_sendall',
              'sock_sendto', 'sock_connect', 'sock_accept', 'sock_sendfile'):
    setattr(AbstractEventLoop, _name, _io_refused(_name))
del _name


class BaseEventLoop(_asyncio.BaseEventLoop, AbstractEventLoop):
    __module__ = 'asyncio.base_events'
    # The ready queue, the timer heap, call_soon/call_later/call_at, _run_once and create_future
    # are native.
    def __init__(self):
        self._default_executor = None
        self._exception_handler = None
        self._debug = False
        self._asyncgens = []
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self._task_factory = None
        self._thread_id = None
        # In debug mode, a callback or task step that holds the loop this long (on the loop's
        # clock: a blocking time.sleep, or real time under --clock realtime) is logged.
        self.slow_callback_duration = 0.1
        # selector_events.BaseSelectorEventLoop.__init__
        _logger_log(10, _SELECTOR_EVENTS, 54, '__init__', 'Using selector: %s', ('EpollSelector',))

    def __repr__(self):
        return f'<_UnixSelectorEventLoop running={self.is_running()} closed={self.is_closed()} debug={self.get_debug()}>'

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def is_running(self):
        return self._thread_id is not None

    def _log_slow_callback(self, handle, dt):
        # _run_once's warning, as base_events._format_handle shows the handle.
        owner = getattr(handle._callback, '__self__', None)
        what = repr(owner) if isinstance(owner, Task) else str(handle)
        if not _logger_log(30, _BASE_EVENTS, 1917, '_run_once', 'Executing %s took %.3f seconds', (what, dt)):
            sys.stderr.write(f'Executing {what} took {dt:.3f} seconds\n')

    @_yieldpoint.fast_path('BaseEventLoop.create_task')
    def create_task(self, coro, *, name=None, context=None):
        _yieldpoint.refusing(self._check_closed, coro)
        if self._task_factory is None:
            task = Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            _set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _check_callback(self, callback, method):
        if iscoroutine(callback) or iscoroutinefunction(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        # A future whose exception is the one propagating now (a SystemExit or KeyboardInterrupt
        # that a task raised) lives on in its traceback: CPython frees it, and reports it, only
        # once that exception has been dealt with.
        propagating = sys.exc_info()[1]
        for fut in _yieldpoint.take_unretrieved(self):
            context = {
                'message': f'{type(fut).__name__} exception was never retrieved',
                'exception': fut.exception(),
                'future': fut,
            }
            if propagating is not None and context['exception'] is propagating:
                _yieldpoint.report_at_exit(self.call_exception_handler, context)
            else:
                self.call_exception_handler(context)
        # After the reports of unretrieved exceptions, which CPython makes earlier (when it frees
        # their futures).
        if self._debug:
            _logger_log(10, _BASE_EVENTS, 676, 'close', 'Close %r', (self,))
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._thread_id = 1
        old_agen_hooks = _yieldpoint.get_asyncgen_hooks()
        old = _get_running_loop()
        try:
            _set_running_loop(self)
            _yieldpoint.set_asyncgen_hooks(self._asyncgen_firstiter_hook, self._asyncgen_finalizer_hook)
            self._run_until_stopped()
        finally:
            self._stopping = False
            self._thread_id = None
            _set_running_loop(old)
            _yieldpoint.set_asyncgen_hooks(*old_agen_hooks)

    def run_until_complete(self, future):
        _yieldpoint.refusing(self._check_closed, future)
        _yieldpoint.refusing(self._check_running, future)
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            # An exception is raised if the future didn't complete, so there
            # is no need to log the "destroy pending task" message
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            value = context[key]
            log_lines.append(f'{key}: {value!r}')
        text = '\n'.join(log_lines)
        if _logger_log(40, _BASE_EVENTS, 1771, 'default_exception_handler', text, (), exception):
            return
        if exception is not None:
            text += '\n' + _yieldpoint.format_exception(exception)
        sys.stderr.write(text.rstrip('\n') + '\n')

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                # Second protection layer for unexpected errors
                # in the default implementation, as well as for subclassed
                # event loops with overloaded "default_exception_handler".
                _log_error('Exception in default exception handler', exc)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                # Exception in the user set custom exception handler.
                try:
                    # Let's try default handler.
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as exc2:
                    # Guard 'default_exception_handler' in case it is
                    # overloaded.
                    _log_error('Exception in default exception handler '
                               'while handling an unexpected error '
                               'in custom exception handler', exc2, 1825)

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            # Only check when the default executor is being used
            self._check_default_executor()
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        fut = wrap_future(executor.submit(func, *args), loop=self)
        _yieldpoint.describe_call_wait(fut, 'run_in_executor', func, args)
        return fut

    def _check_default_executor(self):
        if self._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')

    def set_default_executor(self, executor):
        self._default_executor = executor

    def _asyncgen_finalizer_hook(self, agen):
        if agen in self._asyncgens:
            self._asyncgens.remove(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.append(agen)

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        # CPython's garbage collector has dropped the generators that finished or were closed
        # with aclose() unless the program's globals hold them; ours stay listed.
        closing_agens = _yieldpoint.agens_to_close(self._asyncgens)
        if not closing_agens:
            self._asyncgens.clear()
            return
        self._asyncgens.clear()
        results = await gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        import threading
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)


_BASE_EVENTS = 'base_events.py'
_SELECTOR_EVENTS = 'selector_events.py'


def _logger_log(level, filename, lineno, func, msg, args=(), exc=None):
    """asyncio's `logger` (logging.getLogger('asyncio')) at CPython's call site filename:lineno in
    func, when the program has imported logging: returns False when it has not (the caller then
    writes what logging's last-resort handler would)."""
    logging = sys.modules.get('logging')
    if logging is None:
        return False
    logger = logging.getLogger('asyncio')
    if logger.isEnabledFor(level):
        exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else None
        path = '/usr/lib/python3.11/asyncio/' + filename
        logger.handle(logger.makeRecord(logger.name, level, path, lineno, msg, args, exc_info, func))
    return True


def _log_error(message, exc, lineno=1804):
    """logger.error(message, exc_info=True) through logging's last-resort handler."""
    if _logger_log(40, _BASE_EVENTS, lineno, 'call_exception_handler', message, (), exc):
        return
    sys.stderr.write(message + '\n' + _yieldpoint.format_exception(exc).rstrip('\n') + '\n')


class _UnixSelectorEventLoop(BaseEventLoop):
    __module__ = 'asyncio.unix_events'

    # Signals: the C handler writes a signal's number to the loop's self-pipe (set_wakeup_fd); the
    # selector finds it readable at the next iteration, whose _read_from_self queues the handler's
    # Handle, to run in the iteration after (the native loop keeps the pipe: _write_to_self).
    def __init__(self):
        super().__init__()
        self._signal_handlers = {}

    def close(self):
        super().close()
        for sig in list(self._signal_handlers):
            self.remove_signal_handler(sig)

    def _read_from_self(self):
        self._process_self_data(self._take_self_pipe())

    def _process_self_data(self, data):
        for signum in data:
            if not signum:
                continue
            self._handle_signal(signum)

    def _add_callback(self, handle):
        if not handle._cancelled:
            self._ready.append(handle)

    def _add_callback_signalsafe(self, handle):
        self._add_callback(handle)
        self._write_to_self()

    def add_signal_handler(self, sig, callback, *args):
        import _signal
        if iscoroutine(callback) or iscoroutinefunction(callback):
            raise TypeError("coroutines cannot be used with add_signal_handler()")
        self._check_signal(sig)
        self._check_closed()
        _signal._set_wakeup_loop(self)
        handle = Handle(callback, args, self, None)
        self._signal_handlers[sig] = handle
        try:
            _signal.signal(sig, _sighandler_noop)
        except OSError:
            del self._signal_handlers[sig]
            if not self._signal_handlers:
                _signal._set_wakeup_loop(None)
            raise RuntimeError(f'sig {sig:d} cannot be caught')

    def _handle_signal(self, sig):
        handle = self._signal_handlers.get(sig)
        if handle is None:
            return
        if handle._cancelled:
            self.remove_signal_handler(sig)
        else:
            self._add_callback_signalsafe(handle)

    def remove_signal_handler(self, sig):
        import _signal
        self._check_signal(sig)
        try:
            del self._signal_handlers[sig]
        except KeyError:
            return False
        _signal.signal(sig, _signal.default_int_handler if sig == 2 else _signal.SIG_DFL)
        if not self._signal_handlers:
            _signal._set_wakeup_loop(None)
        return True

    def _check_signal(self, sig):
        import _signal
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if sig not in _signal.valid_signals():
            raise ValueError(f'invalid signal number {sig}')


def _sighandler_noop(signum, frame):
    """Dummy signal handler."""
    pass


_sighandler_noop.__module__ = 'asyncio.unix_events'


SelectorEventLoop = _UnixSelectorEventLoop


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""

    __module__ = 'asyncio.events'

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class _Local:
    _loop = None
    _set_called = False


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """Default policy implementation for accessing the event loop (one per thread; Yieldpoint
    programs have one thread, the main one)."""

    __module__ = 'asyncio.events'
    _loop_factory = None

    def __init__(self):
        self._local = _Local()

    def get_event_loop(self):
        if self._local._loop is None and not self._local._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._local._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._local._loop

    def set_event_loop(self, loop):
        self._local._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._local._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    __module__ = 'asyncio.unix_events'
    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
_event_loop_policy = None


def get_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    running = _get_running_loop()
    if running is not None:
        return running
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


# ---------------------------------------------------------------- futures

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _get_loop(fut):
    return fut.get_loop()


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _convert_future_exc(exc):
    import concurrent.futures
    exc_class = type(exc)
    if exc_class is concurrent.futures.CancelledError:
        return CancelledError(*exc.args)
    elif exc_class is concurrent.futures.InvalidStateError:
        return InvalidStateError(*exc.args)
    else:
        return exc


def _copy_future_state(source, dest):
    assert source.done()
    if dest.cancelled():
        return
    assert not dest.done()
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(_convert_future_exc(exception))
        else:
            result = source.result()
            dest.set_result(result)


def _set_concurrent_future_state(concurrent, source):
    assert source.done()
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(_convert_future_exc(exception))
    else:
        result = source.result()
        concurrent.set_result(result)


def _chain_future(source, destination):
    import concurrent.futures
    if not isfuture(source) and not isinstance(source, concurrent.futures.Future):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination) and not isinstance(destination, concurrent.futures.Future):
        raise TypeError('A future is required for destination argument')
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(destination) if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if (destination.cancelled() and
                dest_loop is not None and dest_loop.is_closed()):
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            if not dest_loop.is_closed():
                dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    import concurrent.futures
    assert isinstance(future, concurrent.futures.Future), \
        f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


# ---------------------------------------------------------------- coroutines

def iscoroutine(obj):
    return _yieldpoint.iscoroutine(obj)


_is_coroutine = object()


def iscoroutinefunction(func):
    # inspect.iscoroutinefunction: through bound methods and functools.partial objects.
    import functools
    f = func
    while True:
        if isinstance(f, functools.partial):
            f = f.func
            continue
        if type(f).__name__ == 'method':
            f = f.__func__
            continue
        break
    return ((type(f).__name__ == 'function' and _yieldpoint.iscoroutinefunction(f)) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


# ---------------------------------------------------------------- tasks

def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            pass
        else:
            set_name(name)


def _task_print_stack(task, limit, file):
    # base_tasks._task_print_stack
    extracted_list = []
    for f in task.get_stack(limit=limit):
        lineno = f.f_lineno
        co = f.f_code
        filename = co.co_filename
        extracted_list.append((filename, lineno, co.co_name, _yieldpoint.source_line(filename, lineno)))

    exc = task._exception
    if not extracted_list:
        print(f'No stack for {task!r}', file=file)
    elif exc is not None:
        print(f'Traceback for {task!r} (most recent call last):', file=file)
    else:
        print(f'Stack for {task!r} (most recent call last):', file=file)

    # traceback.print_list: its file defaults to sys.stderr, not sys.stdout.
    for item in _format_list(extracted_list):
        print(item, file=sys.stderr if file is None else file, end='')
    if exc is not None:
        for line in _format_exception_only(exc):
            print(line, file=file, end='')


_yieldpoint.register('print_stack', _task_print_stack)


def _format_list(extracted_list):
    # traceback.StackSummary.from_list(extracted_list).format()
    result = []
    last = None
    count = 0
    for filename, lineno, name, line in extracted_list:
        if last != (filename, lineno, name):
            if count > 3:
                count -= 3
                result.append(f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n')
            last = (filename, lineno, name)
            count = 0
        count += 1
        if count > 3:
            continue
        row = f'  File "{filename}", line {lineno}, in {name}\n'
        if line and line.strip():
            row += f'    {line.strip()}\n'
        result.append(row)
    if count > 3:
        count -= 3
        result.append(f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n')
    return result


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def _format_exception_only(exc):
    # traceback.format_exception_only(type(exc), exc), for an exception that is not a SyntaxError
    stype = type(exc).__qualname__
    smod = type(exc).__module__
    if smod not in ("__main__", "builtins"):
        if not isinstance(smod, str):
            smod = "<unknown>"
        stype = smod + '.' + stype
    value = _safe_string(exc, 'exception')
    lines = [f'{stype}: {value}\n' if value else f'{stype}\n']
    notes = getattr(exc, '__notes__', None)
    if isinstance(notes, (list, tuple)):
        for note in notes:
            lines.append(_safe_string(note, 'note') + '\n')
    elif notes is not None:
        lines.append(_safe_string(notes, '__notes__', func=repr) + '\n')
    return lines


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _asyncio._live_tasks() if t.get_loop() is loop and not t.done()}


@_yieldpoint.fast_path('create_task')
def create_task(coro, *, name=None, context=None):
    loop = _yieldpoint.refusing(get_running_loop, coro)
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


def ensure_future(coro_or_future, *, loop=None):
    return _ensure_future(coro_or_future, loop=loop)


def _ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    called_wrap_awaitable = False
    if not iscoroutine(coro_or_future):
        if _yieldpoint.isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            called_wrap_awaitable = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
    if loop is None:
        loop = get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not called_wrap_awaitable:
            coro_or_future.close()
        raise


async def _wrap_awaitable(awaitable):
    return await awaitable


_sleep0 = _yieldpoint.bare_yield


@_yieldpoint.fast_path('sleep')
async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    _yieldpoint.describe_wait(future, f'sleep {delay}')
    try:
        return await future
    finally:
        h.cancel()


class _GatheringFuture(Future):
    __module__ = 'asyncio.tasks'
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def _refused_coroutines(args, taken):
    out = []
    for a in args:
        for c in (a if type(a) in (list, tuple, set) else (a,)):
            if iscoroutine(c) and c not in taken:
                out.append(c)
    return out


@_yieldpoint.fast_path('gather')
def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return
        if nfinished == nfuts:
            results = []
            for fut in children:
                if fut.cancelled():
                    res = CancelledError(
                        '' if fut._cancel_message is None else
                        fut._cancel_message)
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)
            if outer._cancel_requested:
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        try:
            if arg not in arg_to_fut:
                fut = _ensure_future(arg, loop=loop)
        except TypeError as exc:
            # A list (or other non-awaitable) of coroutines: only the exception holds them now.
            raise _yieldpoint.orphan(exc, *_refused_coroutines(coros_or_futures, arg_to_fut))
        if arg not in arg_to_fut:
            if loop is None:
                loop = fut.get_loop()
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    _yieldpoint.describe_wait(outer, 'gather')
    return outer


def shield(arg):
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    from functools import partial
    cb = partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    from functools import partial
    cb = partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut, loop=loop)
                raise
        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise _yieldpoint.orphan(TypeError(f"expect a list of futures, not {type(fs).__name__}"), fs)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = get_running_loop()
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise _yieldpoint.orphan(TypeError("Passing coroutines is forbidden, use tasks explicitly."), *fs)
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    assert fs, 'Set of Futures is empty.'
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
            return_when == FIRST_COMPLETED or
            return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue()
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise _yieldpoint.orphan(RuntimeError("asyncio.run() cannot be called from a running event loop"), main)
    with Runner(debug=debug) as runner:
        return runner.run(main)


class Runner:
    __module__ = 'asyncio.runners'
    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise _yieldpoint.orphan(RuntimeError("Runner.run() cannot be called from a running event loop"), coro)
        self._lazy_init()
        if context is None:
            context = self._context
        task = self._loop.create_task(coro, context=context)
        # In the main thread, with SIGINT's default handler: a first SIGINT cancels the main task,
        # and the run then raises KeyboardInterrupt.
        import _signal
        threading = sys.modules.get('threading')
        if ((threading is None or threading.current_thread() is threading.main_thread())
                and _signal.getsignal(2) is _signal.default_int_handler):
            sigint_handler = _OnSigint(self._on_sigint, task)
            _signal.signal(2, sigint_handler)
        else:
            sigint_handler = None
        self._interrupt_count = 0
        try:
            return self._loop.run_until_complete(task)
        except CancelledError:
            if self._interrupt_count > 0:
                uncancel = getattr(task, "uncancel", None)
                if uncancel is not None and uncancel() == 0:
                    raise KeyboardInterrupt()
            raise
        finally:
            if sigint_handler is not None and _signal.getsignal(2) is sigint_handler:
                _signal.signal(2, _signal.default_int_handler)

    def _on_sigint(self, signum, frame, main_task):
        self._interrupt_count += 1
        if self._interrupt_count == 1 and not main_task.done():
            main_task.cancel()
            self._loop.call_soon_threadsafe(lambda: None)
            return
        raise KeyboardInterrupt()

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError("Runner is closed")
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = contextvars.copy_context()
        self._state = 'initialized'


class _OnSigint:
    """functools.partial(runner._on_sigint, main_task=task), without importing functools."""
    __module__ = 'functools'
    __qualname__ = 'partial'

    def __init__(self, func, main_task):
        self.func = func
        self.main_task = main_task

    def __call__(self, signum, frame):
        return self.func(signum, frame, main_task=self.main_task)

    def __repr__(self):
        return f'functools.partial({self.func!r}, main_task={self.main_task!r})'


_OnSigint.__name__ = 'partial'


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


async def to_thread(func, /, *args, **kwargs):
    loop = get_running_loop()
    ctx = contextvars.copy_context()
    import functools
    return await loop.run_in_executor(None, functools.partial(ctx.run, func, *args, **kwargs))


def run_coroutine_threadsafe(coro, loop):
    # A thread that waits for the result deadlocks: threads run one at a time, each to completion,
    # so the loop cannot run the coroutine meanwhile (see lib/threading.py).
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    future = concurrent.futures.Future()

    def callback():
        try:
            _chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


_asyncio._init(CancelledError=CancelledError, InvalidStateError=InvalidStateError,
               Deadlock=_Deadlock, get_event_loop=get_event_loop)

from _asyncio_locks import Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier
from _asyncio_queues import Queue, PriorityQueue, LifoQueue
from _asyncio_timeouts import Timeout, timeout, timeout_at
from _asyncio_taskgroups import TaskGroup


# ---------------------------------------------------------------- submodules
# CPython's asyncio is a package whose submodules (asyncio.tasks, asyncio.events, ...) are its
# attributes; here they are modules holding asyncio's names (`import asyncio.tasks` and
# `from asyncio.exceptions import CancelledError` load lib/_asyncio_submodule.py, which copies
# the same names).
_SUBMODULES = ('base_events', 'base_futures', 'base_tasks', 'coroutines', 'events', 'exceptions',
               'format_helpers', 'futures', 'locks', 'queues', 'runners', 'selector_events',
               'taskgroups', 'tasks', 'threads', 'timeouts', 'unix_events')


def _make_submodules():
    names = {k: v for k, v in globals().items() if not k.startswith('__')}
    for sub in _SUBMODULES:
        m = _yieldpoint.new_module('asyncio.' + sub)
        for k, v in names.items():
            setattr(m, k, v)
        globals()[sub] = m


_make_submodules()
del BaseDefaultEventLoopPolicy  # asyncio.events.BaseDefaultEventLoopPolicy only
