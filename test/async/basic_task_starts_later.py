import asyncio


async def worker(name):
    print(f"{name}: started")
    await asyncio.sleep(0)
    print(f"{name}: resumed")
    return name.upper()


async def main():
    t1 = asyncio.create_task(worker("a"))
    t2 = asyncio.create_task(worker("b"))
    print("created tasks, done?", t1.done(), t2.done())
    print("main still running before any yield")
    x = sum(range(1000))
    print("computed", x)
    await asyncio.sleep(0)
    print("main after first sleep(0)")
    await asyncio.sleep(0)
    print("main after second sleep(0)")
    print("results", t1.result(), t2.result())


asyncio.run(main())
