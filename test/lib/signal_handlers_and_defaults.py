# signal.signal/getsignal/raise_signal: a Python handler runs inside raise_signal with the
# caller's frame; SIG_IGN; errors; SIGTERM's default action ends the process (no finally runs).
import signal
import sys


def handler(signum, frame):
    print("handler got", signal.Signals(signum).name, "in", frame.f_code.co_name)


def work():
    signal.raise_signal(signal.SIGUSR1)


print(signal.signal(signal.SIGUSR1, handler))
work()
print(signal.getsignal(signal.SIGUSR1) is handler)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print(repr(signal.getsignal(signal.SIGUSR1)), repr(signal.getsignal(signal.SIGPIPE)), signal.SIGIOT, signal.SIGRTMAX.name)
print([s.name for s in list(signal.Signals)[:4]], len(signal.valid_signals()))
for args in [(0, handler), (65, handler), ("x", handler), (signal.SIGKILL, handler), (2, 5)]:
    try:
        signal.signal(*args)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print(signal.strsignal(signal.SIGINT), signal.strsignal(40), signal.strsignal(signal.SIGSEGV))
signal.raise_signal(signal.SIGCHLD)
print("SIGCHLD is ignored by default")
sys.stdout.flush()
try:
    signal.raise_signal(signal.SIGTERM)
finally:
    print("finally does not run")
