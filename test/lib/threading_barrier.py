import threading

results = []
b = threading.Barrier(3, action=lambda: results.append('action'))
print(b.parties, b.n_waiting, b.broken)

def worker(i):
    idx = b.wait()
    results.append(('passed', i, idx))

ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results[0], sorted(r for r in results[1:]))
print(b.n_waiting, b.broken)

b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print('broken', type(e).__name__, isinstance(e, RuntimeError), b2.broken)
b2.reset()
print('after reset', b2.broken)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError:
    print('aborted barrier raises')
try:
    threading.Barrier(0)
except ValueError as e:
    print(e)
print(repr(threading.Barrier(2))[:26])
