# PriorityQueue with tuples (ties broken by the second element) and LifoQueue ordering.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "z"), (2, "b"), (1, "a"), (3, "a")]:
        pq.put_nowait(item)
    print(pq.qsize(), repr(pq).split(" ", 3)[3])
    out = []
    while not pq.empty():
        out.append(await pq.get())
    print(out)

    lq = asyncio.LifoQueue(maxsize=2)
    await lq.put("first")
    await lq.put("second")
    try:
        lq.put_nowait("third")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), type(e).__mro__[1].__name__)

    async def late_put():
        print("putter waiting")
        await lq.put("third")
        print("putter done")
    t = asyncio.create_task(late_put())
    await asyncio.sleep(0)
    print(lq.get_nowait())
    await asyncio.sleep(0)
    print([lq.get_nowait() for _ in range(lq.qsize())])
    await t
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))

    # Unorderable items in a priority queue blow up at put time.
    pq2 = asyncio.PriorityQueue()
    await pq2.put((1, {"a": 1}))
    try:
        await pq2.put((1, {"b": 2}))
    except TypeError as e:
        print("TypeError:", e)
    print(pq2.qsize())


asyncio.run(main())
