import asyncio

# asyncio.run's shutdown_asyncgens calls aclose() on every async generator still alive: one that a
# global holds is alive even though it finished, so it gets an aclose() task too (one that only
# main's locals held was freed when main returned).

stream = None


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    global stream
    stream = ticks(3)
    async for t in stream:
        print("tick", t)
    local = ticks(2)
    async for t in local:
        print("local tick", t)
    print("main done")


asyncio.run(main())
print("after run:", type(stream).__name__)
