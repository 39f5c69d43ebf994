import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, 1)
    loop.call_soon(f.set_result, 2)
    print(await f)
    await asyncio.sleep(0)
    print("after")
    g = loop.create_future()
    g.set_result(1)
    g.set_result(2)


asyncio.run(main())
