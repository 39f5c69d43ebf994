# The awaited thing completes, then the task is cancelled before it resumes:
# the CancelledError still wins at every kind of await.
import asyncio


async def probe(label, aw):
    try:
        r = await aw
        print(label, "returned", r)
    except asyncio.CancelledError as e:
        print(label, "cancelled", e.args)
        return "swallowed"
    return "normal"


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()

    fut = loop.create_future()
    t = asyncio.create_task(probe("future", fut))
    await asyncio.sleep(0)
    fut.set_result(1)
    print("future cancel ->", t.cancel("late"), "fut done", fut.done())
    print("future task ->", await t)

    ev = asyncio.Event()
    t = asyncio.create_task(probe("event", ev.wait()))
    await asyncio.sleep(0)
    ev.set()
    print("event cancel ->", t.cancel("late-ev"))
    print("event task ->", await t)

    lock = asyncio.Lock()
    await lock.acquire()
    t = asyncio.create_task(probe("lock", lock.acquire()))
    t2 = asyncio.create_task(probe("lock2", lock.acquire()))
    await asyncio.sleep(0)
    lock.release()
    print("lock cancel ->", t.cancel("late-lock"), "locked", lock.locked())
    print("lock task ->", await t, "locked", lock.locked())
    print("lock2 task ->", await t2, "locked", lock.locked())
    lock.release()

    sem = asyncio.Semaphore(0)
    t = asyncio.create_task(probe("sem", sem.acquire()))
    t2 = asyncio.create_task(probe("sem2", sem.acquire()))
    await asyncio.sleep(0)
    sem.release()
    print("sem cancel ->", t.cancel("late-sem"), "value", sem._value, "locked", sem.locked())
    print("sem task ->", await t, "locked", sem.locked())
    print("sem2 task ->", await t2, "locked", sem.locked())

    q = asyncio.Queue()
    t = asyncio.create_task(probe("queue", q.get()))
    t2 = asyncio.create_task(probe("queue2", q.get()))
    await asyncio.sleep(0)
    q.put_nowait("item")
    print("queue cancel ->", t.cancel("late-q"), "qsize", q.qsize())
    print("queue task ->", await t, "qsize", q.qsize())
    print("queue2 task ->", await t2, "qsize", q.qsize())

    t = asyncio.create_task(probe("sleep", asyncio.sleep(0.05, "slept")))
    await asyncio.sleep(0.05)
    print("sleep task done?", t.done())
    print("sleep cancel ->", t.cancel("late-sleep"))
    print("sleep task ->", await t)
    print("elapsed", int((loop.time() - t0) * 20 + 1e-6))


asyncio.run(main())
