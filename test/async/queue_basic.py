import asyncio


async def main():
    q = asyncio.Queue()
    print("empty:", q.empty(), "full:", q.full(), "qsize:", q.qsize(), "maxsize:", q.maxsize)
    for i in range(3):
        await q.put(i)
    q.put_nowait("x")
    print("qsize:", q.qsize(), "empty:", q.empty(), "full (unbounded):", q.full())
    items = [await q.get() for _ in range(2)]
    items.append(q.get_nowait())
    items.append(q.get_nowait())
    print("FIFO order:", items)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty raised, args:", e.args, "is Exception:", isinstance(e, Exception))
    bq = asyncio.Queue(maxsize=2)
    bq.put_nowait(1)
    bq.put_nowait(2)
    print("full:", bq.full())
    try:
        bq.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull raised")
    nq = asyncio.Queue(maxsize=-5)
    print("negative maxsize full():", nq.full(), nq.maxsize)


asyncio.run(main())
