# threading: the main thread, Thread objects (names, idents, daemon, is_alive), start/join.
import threading

main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.daemon, main.is_alive())
print(type(main).__name__, isinstance(main, threading.Thread))
print(threading.get_ident() == main.ident, isinstance(main.ident, int), threading.get_native_id() == main.native_id)
print(threading.active_count(), [t.name for t in threading.enumerate()])

results = []


def worker(n, *, scale=1):
    me = threading.current_thread()
    results.append((n * scale, me.name, me is threading.main_thread(), me.ident != main.ident))


t = threading.Thread(target=worker, args=(1,), kwargs={'scale': 10})
print(t.name, t.ident, t.is_alive(), t.daemon)
t.start()
t.join()
print(results.pop(), t.is_alive(), isinstance(t.ident, int))

named = threading.Thread(target=worker, args=(2,), name='worker-two', daemon=True)
print(named.name, named.daemon)
named.start()
named.join()
print(results.pop())
print(threading.Thread().name, threading.Thread(target=len).name)
print(threading.Thread(target=lambda: None).name)


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f'counter-{n}')
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))


threads = [Counter(n) for n in (10, 100, 1000)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print([(th.name, th.total) for th in threads])

# Errors, worded as CPython's.
for bad in (lambda: t.start(), lambda: threading.Thread().join(), lambda: main.join()):
    try:
        bad()
    except RuntimeError as e:
        print('RuntimeError:', e)
try:
    t.daemon = True
except RuntimeError as e:
    print('RuntimeError:', e)
renamed = threading.Thread(name='before')
renamed.name = 'after'
renamed.daemon = True
print(renamed.name, renamed.daemon)
print(threading.active_count(), [x.name for x in threading.enumerate()])


def nested():
    inner = threading.Thread(target=worker, args=(3,), name='inner')
    inner.start()
    inner.join()
    results.append(threading.current_thread().name)


outer = threading.Thread(target=nested, name='outer')
outer.start()
outer.join()
print(results)
print(threading.TIMEOUT_MAX > 0, threading.ThreadError is RuntimeError)

# Timer: a thread that calls its function after an interval, unless cancelled first.
fired = []
timer = threading.Timer(0.05, fired.append, args=('fired',))
print(timer.name)
timer.start()
timer.join()
cancelled = threading.Timer(0.05, fired.append, args=('never',))
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired)
