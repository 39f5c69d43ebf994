import asyncio


async def waiter(cond, name):
    async with cond:
        try:
            await cond.wait()
            print(name, "woken")
        except asyncio.CancelledError:
            print(name, "cancelled in wait; lock reacquired:", cond.locked())
            raise


async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(waiter(cond, "a"))
    b = asyncio.create_task(waiter(cond, "b"))
    await asyncio.sleep(0)
    a.cancel()
    async with cond:
        cond.notify_all()
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in res])
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print("shared lock locked:", lock.locked())
    try:
        await c2.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
