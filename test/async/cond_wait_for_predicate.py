# Condition: wait/notify/notify_all/wait_for with a predicate, and errors without the lock.
import asyncio


async def consumer(cond, box, name):
    async with cond:
        print(name, "waiting")
        result = await cond.wait_for(lambda: len(box) >= 2)
        print(name, "woke", result, list(box))
        box.pop()


async def main():
    cond = asyncio.Condition()
    box = []
    tasks = [asyncio.create_task(consumer(cond, box, f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for v in range(5):
        async with cond:
            box.append(v)
            print("appended", v, "notify 1")
            cond.notify(1)
        await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.sleep(0.01)
    print([t.done() for t in tasks], box)
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)

    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print("lock shared:", lock.locked())
    print(lock.locked())

    async def timed():
        async with c2:
            try:
                await asyncio.wait_for(c2.wait(), 0.05)
            except asyncio.TimeoutError:
                print("timed out; holds lock again:", c2.locked())
    await timed()


asyncio.run(main())
