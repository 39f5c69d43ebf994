# threading.Barrier broken by a timeout and by a failing action, then reset.
import threading
out = []
b = threading.Barrier(2)
def w(i):
    try:
        out.append((i, b.wait(timeout=0.05 if i else None)))
    except threading.BrokenBarrierError:
        out.append((i, 'broken'))
t = threading.Thread(target=w, args=(1,)); t.start(); t.join()
print(out, b.broken, b.n_waiting)
b.reset()
def boom(): raise ValueError('x')
c = threading.Barrier(2, action=boom)
r = []
def w2(i):
    try: r.append((i, c.wait()))
    except Exception as e: r.append((i, type(e).__name__))
ts = [threading.Thread(target=w2, args=(i,)) for i in range(2)]
for x in ts: x.start()
for x in ts: x.join()
print(sorted(r), c.broken)
c.reset(); print(c.broken, c.n_waiting, c.parties)
