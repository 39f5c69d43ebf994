import asyncio


async def accumulator():
    total = 0
    try:
        while True:
            try:
                x = yield total
            except ValueError as e:
                print("accumulator reset by", repr(e))
                total = 0
                continue
            if x is None:
                await asyncio.sleep(0)
                continue
            total += x
    finally:
        print("accumulator closing at", total)


async def main():
    acc = accumulator()
    print(await acc.asend(None))
    for v in (5, 10, None, 3):
        print("sent", v, "->", await acc.asend(v))
    print("throw ->", await acc.athrow(ValueError("reset")))
    print(await acc.asend(7))
    await acc.aclose()
    try:
        await acc.asend(1)
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")
    g = accumulator()
    try:
        await g.athrow(KeyError("early"))
    except KeyError as e:
        print("athrow on unstarted:", repr(e))
    print(g.ag_running, g.ag_await)


asyncio.run(main())
