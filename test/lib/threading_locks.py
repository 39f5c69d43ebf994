# threading's Lock, RLock, Condition, Semaphore, BoundedSemaphore and Event, with threads that
# start and finish before the main thread goes on.
import threading

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
with lock:
    print('inside with:', lock.locked())
print('after with:', lock.locked())
for bad in (lock.release, lambda: lock.acquire(False, 1), lambda: lock.acquire(timeout=-5)):
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

shared = {'count': 0}


def add(n):
    for _ in range(n):
        with lock:
            shared['count'] += 1


threads = [threading.Thread(target=add, args=(100,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('count:', shared['count'])

rlock = threading.RLock()
print(type(rlock).__name__)
with rlock:
    with rlock:
        print('reentered')
try:
    rlock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
seen = []
rlock.acquire()
t = threading.Thread(target=lambda: seen.append(rlock.acquire(blocking=False)))
t.start()
t.join()
rlock.release()
t = threading.Thread(target=lambda: seen.append(rlock.acquire(blocking=False)))
t.start()
t.join()
print('other thread could acquire:', seen)
try:
    rlock.release()
except RuntimeError as e:
    print('RuntimeError: not the owner:', e)

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
print(sem.acquire(blocking=False))
bsem = threading.BoundedSemaphore(1)
with bsem:
    print('bounded inside')
try:
    bsem.release()
except ValueError as e:
    print('ValueError:', e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError:', e)

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
t = threading.Thread(target=ev.set)
t.start()
t.join()
print(ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print(ev.is_set())

cond = threading.Condition()
for bad in (cond.wait, cond.notify):
    try:
        bad()
    except RuntimeError as e:
        print('RuntimeError:', e)
items = []


def produce():
    with cond:
        items.append('item')
        cond.notify_all()


with cond:
    print('wait with timeout:', cond.wait(0.01))
    t = threading.Thread(target=produce)
    t.start()
    print('wait_for:', cond.wait_for(lambda: items), items)
t.join()
