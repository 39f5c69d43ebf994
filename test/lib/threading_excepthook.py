# An exception that ends a thread is reported by threading.excepthook ("Exception in thread
# NAME:" and the traceback on stderr); the thread that started it goes on.
import threading
import sys


def fails(msg):
    raise ValueError(msg)


def exits():
    sys.exit(3)


hooked = []


def hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook
t = threading.Thread(target=fails, args=('first',), name='hooked-thread')
t.start()
t.join()
print('hooked:', hooked, t.is_alive())
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=exits)
t.start()
t.join()
print('SystemExit in a thread is silent; main goes on')
t = threading.Thread(target=fails, args=('second, printed',), name='loud')
t.start()
t.join()
print('main goes on after the report')
sys.stdout.flush()
t = threading.Thread(target=fails, args=('last words',), name='last')
t.start()
t.join()
