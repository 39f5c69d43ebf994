import asyncio


async def worker():
    t = asyncio.current_task()
    print("worker sees name", t.get_name())
    await asyncio.sleep(0)
    print("worker sees name", t.get_name())
    t.set_name("renamed-by-self")
    await asyncio.sleep(0)
    return t.get_name()


async def main():
    t = asyncio.create_task(worker(), name="first")
    await asyncio.sleep(0)
    t.set_name("second")
    print("main renamed to", t.get_name())
    res = await t
    print("worker returned", res)
    t.set_name(3.5)
    print("after done rename", repr(t.get_name()))
    u = asyncio.create_task(worker())
    print("unnamed:", u.get_name())
    print(await u)


asyncio.run(main())
