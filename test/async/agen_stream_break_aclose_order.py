import asyncio


async def ticker(n, delay):
    i = 0
    try:
        while i < n:
            await asyncio.sleep(delay)
            yield i
            i += 1
    except GeneratorExit:
        print("ticker got GeneratorExit at", i)
        raise
    finally:
        print("ticker finally", i)


async def main():
    async for v in ticker(10, 0.01):
        print("value", v)
        if v == 2:
            break
    print("after loop 1")
    gen = ticker(5, 0.01)
    async for v in gen:
        if v == 1:
            break
    print("before aclose", gen.ag_running, gen.ag_frame is not None)
    await gen.aclose()
    print("after aclose", gen.ag_frame)
    await gen.aclose()
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    squares = [x * x async for x in ticker(4, 0)]
    print(squares)
    evens = {x async for x in ticker(6, 0) if x % 2 == 0}
    print(sorted(evens))
    print("end main")


asyncio.run(main())
