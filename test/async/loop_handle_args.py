import asyncio
import functools


def report(name, *args, **kw):
    print("report", name, args, sorted(kw.items()))


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(report, "a", 1, 2)
    loop.call_soon(functools.partial(report, "b", key="v"))
    loop.call_later(0.01, functools.partial(report, "c", 3, x=1, y=2))
    hs = [loop.call_later(0.005 * i, report, f"h{i}") for i in range(4)]
    hs[2].cancel()
    await asyncio.sleep(0.03)
    print("cancelled:", [h.cancelled() for h in hs])
    try:
        loop.call_soon(report, "kw", key=1)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
