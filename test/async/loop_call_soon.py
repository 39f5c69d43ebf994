import asyncio


def cb(*args):
    print("cb", args)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1)
    loop.call_soon(cb, 2, "two")
    h = loop.call_soon(cb, 3)
    loop.call_soon(cb)
    h.cancel()
    print("handle cancelled:", h.cancelled())
    print("scheduled, not run yet")
    await asyncio.sleep(0)
    print("after one yield")

    def chain(n):
        print("chain", n)
        if n < 3:
            loop.call_soon(chain, n + 1)
    loop.call_soon(chain, 0)
    for i in range(5):
        await asyncio.sleep(0)
        print("main tick", i)


asyncio.run(main())
