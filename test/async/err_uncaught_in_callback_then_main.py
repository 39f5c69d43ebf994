import asyncio


def cb():
    raise RuntimeError("from callback")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb)
    loop.call_later(0.01, cb)
    await asyncio.sleep(0.05)
    print("main continues")
    raise LookupError("main failed")


asyncio.run(main())
