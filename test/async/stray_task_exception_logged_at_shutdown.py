import asyncio


async def background():
    await asyncio.sleep(0.01)
    raise ConnectionError("background job lost connection")


async def main():
    asyncio.create_task(background(), name="bg-job")
    await asyncio.sleep(0.05)
    print("main finished without awaiting background")


asyncio.run(main())
print("program continues")
