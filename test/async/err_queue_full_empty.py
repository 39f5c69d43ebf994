import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), type(e).__mro__[1].__name__)
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), str(e) == "")
    try:
        q.task_done()
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    for ms in (0, -1):
        q2 = asyncio.Queue(ms)
        for i in range(5):
            q2.put_nowait(i)
        print(ms, q2.qsize(), q2.full(), q2.maxsize)
    pq = asyncio.PriorityQueue()
    for x in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue(1)
    lq.put_nowait(1)
    try:
        await asyncio.wait_for(lq.put(2), 0.05)
    except asyncio.TimeoutError:
        print("put timed out", lq.qsize())
    asyncio.Queue(1).get_nowait()


asyncio.run(main())
