import asyncio


def r(o):
    return strip(repr(o))


def strip(s):
    out = []
    i = 0
    while True:
        j = s.find(" at 0x", i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j])
        k = j + 6
        while k < len(s) and s[k] in "0123456789abcdef":
            k += 1
        i = k
    return "".join(out)


async def hold(lock, d):
    async with lock:
        await asyncio.sleep(d)


async def main():
    lock = asyncio.Lock()
    print(strip(repr(lock)))
    t1 = asyncio.create_task(hold(lock, 0.1))
    t2 = asyncio.create_task(hold(lock, 0.1))
    await asyncio.sleep(0)
    print(strip(repr(lock)))
    ev = asyncio.Event()
    print(strip(repr(ev)))
    w = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(strip(repr(ev)))
    ev.set()
    print(strip(repr(ev)))
    sem = asyncio.Semaphore(1)
    print(strip(repr(sem)))
    await sem.acquire()
    print(strip(repr(sem)))
    st = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    print(strip(repr(sem)))
    bs = asyncio.BoundedSemaphore(3)
    print(strip(repr(bs)))
    cond = asyncio.Condition()
    print(strip(repr(cond)))
    async with cond:
        print(strip(repr(cond)))
    q = asyncio.Queue(2)
    print(strip(repr(q)), str(q) == repr(q), strip(str(q)))
    q.put_nowait(1)
    print(strip(repr(q)))
    gt = asyncio.create_task(asyncio.Queue().get())
    pq = asyncio.PriorityQueue()
    pq.put_nowait((1, "x"))
    print(strip(repr(pq)))
    lq = asyncio.LifoQueue()
    print(strip(repr(lq)))
    b = asyncio.Barrier(2)
    print(strip(repr(b)))
    bt = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    print(strip(repr(b)))
    await b.abort()
    print(strip(repr(b)))
    await asyncio.gather(t1, t2, w)
    sem.release()
    await st
    print(strip(repr(sem)), strip(repr(lock)))
    gt.cancel()
    await asyncio.gather(bt, gt, return_exceptions=True)


asyncio.run(main())
