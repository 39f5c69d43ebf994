import asyncio


class Tick:
    def __await__(self):
        yield
        return None


async def runner(name, n):
    for i in range(n):
        print(name, i)
        await Tick()
    return name


async def main():
    ts = [asyncio.create_task(runner(n, 3)) for n in ("A", "B")]
    ts.append(asyncio.create_task(runner("C", 2)))
    await Tick()
    print("main after tick")
    print(await asyncio.gather(*ts))


asyncio.run(main())
