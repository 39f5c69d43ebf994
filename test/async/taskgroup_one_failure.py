import asyncio


async def good(name, d):
    try:
        print(name, "working")
        await asyncio.sleep(d)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled by group")
        raise


async def bad(d):
    await asyncio.sleep(d)
    print("bad raising")
    raise ValueError("boom")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(good("a", 0.005))
            b = tg.create_task(good("b", 0.3))
            c = tg.create_task(bad(0.01))
            d = tg.create_task(good("d", 0.3))
    except* ValueError as eg:
        print("caught group:", type(eg).__name__, eg)
        print("exceptions:", [repr(e) for e in eg.exceptions])
    print("a:", a.result(), "b cancelled:", b.cancelled(), "d cancelled:", d.cancelled())


asyncio.run(main())
