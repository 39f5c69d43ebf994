import asyncio


async def child():
    await asyncio.sleep(0)
    print("child raising")
    raise KeyError("missing-key")


async def main():
    t = asyncio.create_task(child(), name="child")
    print("main waits for child")
    for i in range(2):
        print("before awaiting, child done:", t.done())
        await asyncio.sleep(0)
    await t
    print("not reached")


asyncio.run(main())
