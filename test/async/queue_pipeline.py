import asyncio


async def stage(name, inq, outq, fn):
    while True:
        item = await inq.get()
        if item is None:
            print(name, "shutting down")
            if outq is not None:
                await outq.put(None)
            return
        res = fn(item)
        print(name, item, "->", res)
        if outq is not None:
            await outq.put(res)


async def main():
    q1, q2, q3 = asyncio.Queue(1), asyncio.Queue(1), asyncio.Queue()
    results = []
    tasks = [
        asyncio.create_task(stage("double", q1, q2, lambda x: x * 2)),
        asyncio.create_task(stage("inc", q2, q3, lambda x: x + 1)),
        asyncio.create_task(stage("collect", q3, None, results.append)),
    ]
    for i in range(4):
        await q1.put(i)
        print("fed", i)
    await q1.put(None)
    await asyncio.gather(*tasks)
    print("results:", results)


asyncio.run(main())
