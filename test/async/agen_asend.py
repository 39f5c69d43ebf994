import asyncio


async def accumulator():
    total = 0
    while True:
        value = yield total
        print("received", value)
        if value is None:
            break
        await asyncio.sleep(0)
        total += value
    print("accumulator done")


async def main():
    acc = accumulator()
    print("prime:", await acc.asend(None))
    for v in (5, 10, 20):
        print("total:", await acc.asend(v))
    try:
        await acc.asend(None)
    except StopAsyncIteration:
        print("StopAsyncIteration after break")
    fresh = accumulator()
    try:
        await fresh.asend(3)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
