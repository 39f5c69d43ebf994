# wait_for() timeouts around Lock.acquire, Semaphore.acquire, Event.wait, Condition.wait,
# Queue.get/put and Barrier.wait: each primitive is left consistent (no leaked waiters,
# lock re-acquired for Condition, permits not lost).
import asyncio


async def attempt(label, aw, timeout=0.02):
    try:
        r = await asyncio.wait_for(aw, timeout)
        print(label, "->", r)
    except TimeoutError:
        print(label, "-> timeout")


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    await attempt("lock", lock.acquire())
    print("  lock waiters", len(lock._waiters or ()), "locked", lock.locked())
    lock.release()
    print("  lock free after release", not lock.locked())

    sem = asyncio.Semaphore(0)
    await attempt("sem", sem.acquire())
    sem.release()
    print("  sem value", sem._value, "waiters", len(sem._waiters or ()))
    await attempt("sem again", sem.acquire())

    ev = asyncio.Event()
    await attempt("event", ev.wait())
    print("  event waiters", len(ev._waiters))

    cond = asyncio.Condition()

    async def cwait():
        async with cond:
            await cond.wait()
            return "notified"

    await attempt("condition", cwait())
    print("  cond locked", cond.locked(), "waiters", len(cond._waiters))

    q = asyncio.Queue(maxsize=1)
    await attempt("queue.get", q.get())
    q.put_nowait(1)
    await attempt("queue.put", q.put(2))
    print("  queue", list(q._queue), "getters", len(q._getters), "putters", len(q._putters))

    b = asyncio.Barrier(2)
    await attempt("barrier", b.wait())
    print("  barrier n_waiting", b.n_waiting, "broken", b.broken)

    async def other():
        return await b.wait()

    o = asyncio.create_task(other())
    await attempt("barrier pair", b.wait(), 0.5)
    print("  other ->", await o)


asyncio.run(main())
