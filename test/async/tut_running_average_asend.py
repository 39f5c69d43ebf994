"""Async generator used as a coroutine: asend() feeds values, athrow() resets, aclose() finishes."""
import asyncio


class Reset(Exception):
    pass


async def running_average():
    total = 0.0
    count = 0
    average = None
    try:
        while True:
            try:
                value = yield average
            except Reset:
                total, count, average = 0.0, 0, None
                print("  reset!")
                continue
            await asyncio.sleep(0)
            total += value
            count += 1
            average = total / count
    finally:
        print(f"  closing with count={count}")


async def main():
    avg = running_average()
    print("prime:", await avg.asend(None))
    for v in (10, 20, 60):
        print(f"send {v} -> {await avg.asend(v):.2f}")
    print("athrow ->", await avg.athrow(Reset()))
    print("send 5 ->", await avg.asend(5))
    await avg.aclose()
    try:
        await avg.asend(1)
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")

    gen2 = running_average()
    await gen2.asend(None)
    try:
        await gen2.athrow(KeyError("boom"))
    except KeyError as e:
        print("athrow propagated:", repr(e))
    print("ag_running:", gen2.ag_running, "ag_frame is None:", gen2.ag_frame is None)


asyncio.run(main())
