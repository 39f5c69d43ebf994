# match in an async generator: await, async comprehension in a guard, async with and async for in case bodies
import asyncio


async def agen():
    for x in [("n", 1), ("s", "a"), ("l", [1, 2]), ("q", None)]:
        await asyncio.sleep(0)
        yield x


async def stream():
    async for kind, val in agen():
        match kind, val:
            case ("n", int(n)) if [i async for i in arange(n)] == [0]:
                yield f"num {n}"
            case ("s", str() as s):
                async with asyncio.timeout(1):
                    await asyncio.sleep(0)
                    yield f"str {s}"
            case ("l", [*items]):
                for i in items:
                    yield await asyncio.sleep(0, result=f"item {i}")
            case ("q", None):
                return


async def arange(n):
    for i in range(n):
        yield i


async def main():
    print([x async for x in stream()])
    t = asyncio.current_task()
    match t:
        case asyncio.Task(done=d):
            print("task, done method", d.__name__)
    match await asyncio.gather(asyncio.sleep(0, 1), asyncio.sleep(0, 2)):
        case [1, two]:
            print("gathered", two)


asyncio.run(main())
