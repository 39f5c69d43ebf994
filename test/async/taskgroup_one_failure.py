import asyncio


async def good(name, ticks):
    try:
        print(name, "working")
        for _ in range(ticks):
            await asyncio.sleep(0)
        if ticks > 10:
            await asyncio.sleep(0.3)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled by group")
        raise


async def bad(ticks):
    for _ in range(ticks):
        await asyncio.sleep(0)
    print("bad raising")
    raise ValueError("boom")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(good("a", 1))
            b = tg.create_task(good("b", 20))
            c = tg.create_task(bad(3))
            # only one sibling is still pending when the group aborts: TaskGroup
            # cancels pending tasks in set order, which is address-dependent
    except* ValueError as eg:
        print("caught group:", type(eg).__name__, eg)
        print("exceptions:", [repr(e) for e in eg.exceptions])
    print("a:", a.result(), "b cancelled:", b.cancelled(), "c done:", c.done())


asyncio.run(main())
