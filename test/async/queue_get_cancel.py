import asyncio


async def getter(q, name):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled in get()")
        raise


async def main():
    q = asyncio.Queue()
    ts = [asyncio.create_task(getter(q, f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    ts[0].cancel()
    await asyncio.sleep(0)
    q.put_nowait("A")
    q.put_nowait("B")
    await asyncio.gather(*ts, return_exceptions=True)
    print("qsize:", q.qsize())
    fq = asyncio.Queue(1)
    fq.put_nowait(0)
    p = asyncio.create_task(fq.put(1))
    await asyncio.sleep(0)
    p.cancel()
    await asyncio.sleep(0)
    print("put cancelled:", p.cancelled(), "qsize:", fq.qsize())


asyncio.run(main())
