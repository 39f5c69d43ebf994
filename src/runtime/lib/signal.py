"""signal: Python's signal module over _signal, with the Signals and Handlers enums."""

import _signal
from _signal import NSIG, default_int_handler, raise_signal, strsignal
from enum import IntEnum as _IntEnum

_SIGNALS = [
    ('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4), ('SIGTRAP', 5), ('SIGABRT', 6),
    ('SIGIOT', 6), ('SIGBUS', 7), ('SIGFPE', 8), ('SIGKILL', 9), ('SIGUSR1', 10), ('SIGSEGV', 11),
    ('SIGUSR2', 12), ('SIGPIPE', 13), ('SIGALRM', 14), ('SIGTERM', 15), ('SIGSTKFLT', 16),
    ('SIGCHLD', 17), ('SIGCLD', 17), ('SIGCONT', 18), ('SIGSTOP', 19), ('SIGTSTP', 20),
    ('SIGTTIN', 21), ('SIGTTOU', 22), ('SIGURG', 23), ('SIGXCPU', 24), ('SIGXFSZ', 25),
    ('SIGVTALRM', 26), ('SIGPROF', 27), ('SIGWINCH', 28), ('SIGIO', 29), ('SIGPOLL', 29),
    ('SIGPWR', 30), ('SIGSYS', 31), ('SIGRTMIN', 34), ('SIGRTMAX', 64),
]
Signals = _IntEnum('Signals', _SIGNALS, module='signal')
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module='signal')
globals().update(Signals.__members__)
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN


def _int_to_enum(value, enum_klass):
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    return _int_to_enum(_signal.signal(_enum_to_int(signalnum), _enum_to_int(handler)), Handlers)


def getsignal(signalnum):
    return _int_to_enum(_signal.getsignal(signalnum), Handlers)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


signal.__doc__ = """Set the action for the given signal."""
