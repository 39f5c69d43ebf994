import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also-high"), (0, "top")]:
        pq.put_nowait(item)
    out = []
    while not pq.empty():
        out.append(await pq.get())
    print("priority:", out)
    lq = asyncio.LifoQueue()
    for i in range(5):
        await lq.put(i)
    print("lifo:", [lq.get_nowait() for _ in range(lq.qsize())])
    pq2 = asyncio.PriorityQueue(maxsize=1)
    await pq2.put(5)
    print("pq full:", pq2.full())

    async def late_put():
        await asyncio.sleep(0)
        await lq.put("late")
        print("put late")
    asyncio.create_task(late_put())
    print("lifo get waits:", await lq.get())


asyncio.run(main())
