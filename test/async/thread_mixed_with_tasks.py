import asyncio


def compute(n):
    return sum(range(n))


async def ticker(log):
    for i in range(3):
        await asyncio.sleep(0)
        log.append(f"tick {i}")


async def main():
    log = []
    t = asyncio.create_task(ticker(log))
    value = await asyncio.to_thread(compute, 100)
    print("thread value:", value)
    await t
    print("ticks:", log)
    values = await asyncio.wait_for(asyncio.to_thread(compute, 10), 0.5)
    print("with wait_for:", values)


asyncio.run(main())
