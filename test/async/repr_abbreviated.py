# Futures and handles abbreviate long results and arguments in their reprs with reprlib.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for value in [list(range(100)), "x" * 100, {i: i for i in range(10)}, 10 ** 60, (1,), set(range(9)), 2.5]:
        f = loop.create_future()
        f.set_result(value)
        print(repr(f))
    h = loop.call_soon(print, "y" * 50, list(range(20)), (1, 2))
    print(repr(h))
    h.cancel()
    print(repr(h))
    t = loop.call_later(5, print, "z" * 40)
    print(repr(t).split(" when=")[0], repr(t).split(" ", 2)[2])
    t.cancel()


asyncio.run(main())
