# Condition over a plain Lock: wait() checks ownership with a non-blocking acquire, which must not
# run other threads (it used to, so the waiting thread still held the lock while they ran).
import threading
c = threading.Condition(threading.Lock())
flag = [False]
log = []
def w(i):
    with c:
        if i < 2:
            c.wait_for(lambda: flag[0])
        else:
            flag[0] = True
            c.notify_all()
    log.append(i)
ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(log), flag)
lk = threading.Lock()
lk.acquire()
print(lk.acquire(False), lk.acquire(timeout=0), threading.Event().wait(0))
