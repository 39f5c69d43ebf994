# as_completed(): the consumer is cancelled while waiting (the futures keep running), and
# a timeout raises TimeoutError for the remaining ones while earlier results were served.
import asyncio


async def job(x, d):
    await asyncio.sleep(d)
    return x


async def consumer(aws, log):
    for f in asyncio.as_completed(aws):
        log.append(await f)


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    log = []
    tasks = [asyncio.create_task(job(i, 0.02 * (i + 1))) for i in range(4)]
    c = asyncio.create_task(consumer(tasks, log))
    await asyncio.sleep(0.05)
    c.cancel("consumer stop")
    try:
        await c
    except asyncio.CancelledError as e:
        print("consumer", repr(e), "log", log)
    print("tasks cancelled?", [t.cancelled() for t in tasks])
    await asyncio.sleep(0.05)
    print("tasks results", [t.result() for t in tasks], int((loop.time() - t0) * 20 + 1e-6))

    got = []
    try:
        x = asyncio.create_task(job("x", 0.01))
        y = asyncio.create_task(job("y", 0.5))
        for f in asyncio.as_completed([x, y], timeout=0.1):
            got.append(await f)
    except TimeoutError as e:
        print("timeout", repr(e), got, int((loop.time() - t0) * 20 + 1e-6), "y cancelled?", y.cancelled())
    y.cancel()
    z = job("z", 0)
    try:
        asyncio.as_completed(z)
    except TypeError as e:
        print("TypeError:", e)
    z.close()


asyncio.run(main())
