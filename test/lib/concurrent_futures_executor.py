# concurrent.futures without asyncio: ThreadPoolExecutor's submit/map/shutdown, Future's result,
# exception, cancel and done callbacks, wait and as_completed.
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED, FIRST_EXCEPTION
import threading
from concurrent import futures

print('from concurrent import futures:', futures is cf, futures.Future is cf.Future)


def square(x):
    return x * x


def fail(x):
    raise KeyError(x)


def thread_name():
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=3, thread_name_prefix='w') as ex:
    print('first worker:', ex.submit(thread_name).result())
    futures = [ex.submit(square, i) for i in range(6)]
    print(sorted(f.result() for f in futures), all(f.done() for f in futures))
    print(list(ex.map(square, range(5))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2])))
    bad = ex.submit(fail, 'k')
    print(type(bad.exception()).__name__, bad.done(), bad.cancelled(), bad.running())
    try:
        bad.result()
    except KeyError as e:
        print('KeyError', e)
    done, not_done = wait([ex.submit(square, 3), ex.submit(square, 4)])
    print(sorted(f.result() for f in done), not_done)
    r = wait([ex.submit(fail, 1), ex.submit(square, 2)], return_when=FIRST_EXCEPTION)
    print(type(r).__name__, len(r.done) + len(r.not_done))
    r = wait([ex.submit(square, 5)], return_when=FIRST_COMPLETED)
    print([f.result() for f in r.done])
    print(sorted(f.result() for f in as_completed([ex.submit(square, i) for i in range(4)])))
    calls = []
    g = ex.submit(square, 9)
    g.add_done_callback(lambda fut: calls.append(('callback', fut.result())))
    g.result()
    g.add_done_callback(lambda fut: calls.append(('added when done', fut.result())))
    print(calls)
    try:
        list(ex.map(fail, [1]))
    except KeyError as e:
        print('map re-raises KeyError', e)
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print('RuntimeError:', e)

# Futures that have not started can be cancelled; a cancelled future raises CancelledError.
one = ThreadPoolExecutor(max_workers=1)
print(one.submit(square, 2).result())
b = one.submit(square, 3)
c = one.submit(square, 4)
print('cancel:', c.cancel(), c.cancelled(), c.done(), c.cancel())
try:
    c.result()
except cf.CancelledError as e:
    print('CancelledError', [k.__name__ for k in type(e).__mro__[:3]])
one.shutdown(wait=True)
print(b.result(), b.cancel())

# A bare Future, as executors use it.
f = cf.Future()
print(f.done(), f.running(), f.set_running_or_notify_cancel(), f.running())
f.set_result('value')
try:
    f.set_result('again')
except cf.InvalidStateError as e:
    print('InvalidStateError:', str(e).split(':')[0])
print(f.result(), f.exception())
try:
    cf.Future().result(timeout=0.01)
except TimeoutError as e:
    print('TimeoutError', repr(e), cf.TimeoutError is TimeoutError)
try:
    cf.Future().exception(timeout=0)
except TimeoutError:
    print('TimeoutError from exception()')


def init(tag):
    print('initializer', tag, threading.current_thread().name)


with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=('ran',)) as ex:
    print(ex.submit(square, 6).result(), ex.submit(thread_name).result())
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print('ValueError:', e)
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print('TypeError:', e)
print(issubclass(cf.BrokenExecutor, RuntimeError), cf.ALL_COMPLETED, cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION)
