"""_signal: the handler table and signal delivery under `signal` (which adds the enums). A signal
is raised only by the program itself (raise_signal); its handler runs inside that call, as
CPython runs it at the next check after the C handler, before raise_signal returns."""

import _yieldpoint

NSIG = 65
SIG_DFL = 0
SIG_IGN = 1
_NAMES = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
    6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
    11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock',
    15: 'Terminated', 16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)',
    20: 'Stopped', 21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
    24: 'CPU time limit exceeded', 25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible', 30: 'Power failure',
    31: 'Bad system call',
}
# What SIG_DFL does with a signal: nothing for these (CPython cannot stop itself here either way:
# a stop signal is taken as ignored); any other signal ends the process.
_DEFAULT_IGNORED = frozenset({17, 18, 19, 20, 21, 22, 23, 28})


class _BuiltinFunction:
    def __init__(self, fn):
        self._fn = fn
        self.__name__ = self.__qualname__ = fn.__name__
        self.__doc__ = fn.__doc__

    def __call__(self, *args):
        return self._fn(*args)

    def __repr__(self):
        return f'<built-in function {self.__name__}>'


def _default_int_handler(signalnum, frame, /):
    """The default handler for SIGINT installed by Python.

It raises KeyboardInterrupt."""
    raise KeyboardInterrupt


default_int_handler = _BuiltinFunction(_default_int_handler)
default_int_handler.__name__ = default_int_handler.__qualname__ = 'default_int_handler'

# CPython starts with SIGINT raising KeyboardInterrupt, and SIGPIPE and SIGXFSZ ignored.
_handlers = {2: default_int_handler, 13: SIG_IGN, 25: SIG_IGN}
# The loop whose wakeup fd the C handler writes every signal to (set_wakeup_fd), if any.
_wakeup_loop = None


def _signum(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted as an integer")
    if signalnum < 1 or signalnum >= NSIG:
        raise ValueError('signal number out of range')
    return int(signalnum)


def signal(signalnum, handler, /):
    signalnum = _signum(signalnum)
    if not callable(handler):
        if not isinstance(handler, int) or handler not in (SIG_DFL, SIG_IGN):
            raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
        handler = int(handler)
    if signalnum in (9, 19, 32, 33):
        raise OSError(22, 'Invalid argument')
    old = _handlers.get(signalnum, SIG_DFL)
    _handlers[signalnum] = handler
    return old


def getsignal(signalnum, /):
    return _handlers.get(_signum(signalnum), SIG_DFL)


def raise_signal(signalnum, /):
    signalnum = _signum(signalnum)
    if signalnum in (32, 33):
        raise OSError(22, 'Invalid argument')
    if _wakeup_loop is not None:
        _wakeup_loop._write_to_self(signalnum)
    handler = _handlers.get(signalnum, SIG_DFL)
    if handler == SIG_IGN:
        return
    if handler == SIG_DFL:
        if signalnum not in _DEFAULT_IGNORED:
            _yieldpoint.die_by_signal(signalnum)
        return
    handler(signalnum, _yieldpoint.caller_frame())


def strsignal(signalnum, /):
    signalnum = _signum(signalnum)
    if signalnum in _NAMES:
        return _NAMES[signalnum]
    if 34 <= signalnum <= 64:
        return f'Real-time signal {signalnum - 34}'
    return None


def valid_signals():
    return {n for n in range(1, NSIG) if n not in (32, 33)}


def _set_wakeup_loop(loop):
    """signal.set_wakeup_fd for an event loop's self-pipe (None: -1); returns the previous one."""
    global _wakeup_loop
    old, _wakeup_loop = _wakeup_loop, loop
    return old
