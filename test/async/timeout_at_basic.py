import asyncio


async def work(n):
    for i in range(n):
        await asyncio.sleep(0)
        print("tick", i)
    await asyncio.sleep(0.4 if n > 5 else 0.01)
    print("work finished")


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.1
    try:
        async with asyncio.timeout_at(deadline) as cm:
            await work(6)
    except TimeoutError:
        print("timeout_at expired:", cm.expired())
        print("when equals deadline:", cm.when() == deadline)
    async with asyncio.timeout_at(loop.time() + 0.5):
        await work(2)
    print("completed within deadline")


asyncio.run(main())
