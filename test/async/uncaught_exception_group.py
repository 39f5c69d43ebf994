import asyncio


async def fail(msg, d):
    await asyncio.sleep(d)
    print("failing", msg)
    raise RuntimeError(msg)


async def main():
    async with asyncio.TaskGroup() as tg:
        ok = tg.create_task(asyncio.sleep(0, "fine"))
    print("first group ok:", ok.result())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("one", 0))
        tg.create_task(fail("two", 0))
        tg.create_task(fail("three", 0.3))


asyncio.run(main())
