# Queue: a cancelled getter passes its wake-up on; putters blocked on a full queue resume in order.
import asyncio


async def getter(q, name, log):
    try:
        item = await q.get()
        log.append((name, item))
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def putter(q, item):
    await q.put(item)
    print("put", item, "size", q.qsize())


async def main():
    q = asyncio.Queue()
    log = []
    gs = [asyncio.create_task(getter(q, f"g{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    q.put_nowait("x")
    gs[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, [g.done() for g in gs])
    q.put_nowait("y")
    await asyncio.gather(*gs, return_exceptions=True)
    print(log, q.qsize())

    bq = asyncio.Queue(2)
    bq.put_nowait(1)
    bq.put_nowait(2)
    ps = [asyncio.create_task(putter(bq, i)) for i in range(3, 7)]
    await asyncio.sleep(0)
    print("full:", bq.full(), "waiting putters:", sum(not p.done() for p in ps))
    ps[1].cancel()
    got = []
    while len(got) < 5:
        got.append(await bq.get())
        await asyncio.sleep(0)
    print("got", got, "left", bq.qsize())
    await asyncio.gather(*ps, return_exceptions=True)
    print([p.cancelled() for p in ps])
    print(repr(bq).split(" ", 2)[2] if False else "maxsize", bq.maxsize)

    # join() with nothing unfinished returns immediately; task_done wakes join only at zero
    jq = asyncio.Queue()
    await jq.join()
    jq.put_nowait("a")
    jq.put_nowait("b")
    async def joiner():
        await jq.join()
        print("join returned")
    j = asyncio.create_task(joiner())
    await jq.get()
    jq.task_done()
    await asyncio.sleep(0)
    print("after one task_done, joined?", j.done())
    await jq.get()
    jq.task_done()
    await j


asyncio.run(main())
