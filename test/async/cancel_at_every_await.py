import asyncio


async def probe(label, aw_factory):
    try:
        await aw_factory()
        print(label, "completed (unexpected)")
    except asyncio.CancelledError:
        print(label, "cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    await lock.acquire()
    cond = asyncio.Condition()
    sem = asyncio.Semaphore(0)
    other = asyncio.create_task(asyncio.sleep(0.3))

    async def cond_wait():
        async with cond:
            await cond.wait()

    factories = {
        "sleep": lambda: asyncio.sleep(0.3),
        "future": loop.create_future,
        "queue.get": asyncio.Queue().get,
        "lock.acquire": lock.acquire,
        "event.wait": asyncio.Event().wait,
        "condition.wait": cond_wait,
        "semaphore": sem.acquire,
        "other task": lambda: asyncio.shield(other),
        "gather": lambda: asyncio.gather(asyncio.sleep(0.3)),
        "wait_for": lambda: asyncio.wait_for(asyncio.sleep(0.3), 0.2),
        "wait": lambda: asyncio.wait([other]),
    }
    tasks = [asyncio.create_task(probe(k, f), name=k) for k, f in factories.items()]
    await asyncio.sleep(0.01)
    for t in tasks:
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print(all(isinstance(r, asyncio.CancelledError) for r in res))
    print("other still alive:", not other.done())
    other.cancel()


asyncio.run(main())
