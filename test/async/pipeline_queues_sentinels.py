import asyncio

SENTINEL = None


async def source(out, n):
    for i in range(n):
        await out.put(i)
        await asyncio.sleep(0.01)
    await out.put(SENTINEL)
    print("source done")


async def stage(name, inp, out, fn):
    count = 0
    while True:
        item = await inp.get()
        if item is SENTINEL:
            await out.put(SENTINEL)
            print(f"{name} passed sentinel after {count}")
            return count
        count += 1
        await asyncio.sleep(0)
        await out.put(fn(item))


async def sink(inp):
    got = []
    while (item := await inp.get()) is not SENTINEL:
        got.append(item)
    return got


async def main():
    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(2), asyncio.LifoQueue()
    r = await asyncio.gather(
        source(q1, 6),
        stage("square", q1, q2, lambda x: x * x),
        stage("neg", q2, q3, lambda x: -x),
        sink(q3),
    )
    print(r)


asyncio.run(main())
