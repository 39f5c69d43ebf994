import asyncio


async def worker(q, name, log):
    while True:
        item = await q.get()
        for _ in range(item % 3):
            await asyncio.sleep(0)
        log.append(f"{name}:{item}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    log = []
    for i in range(6):
        q.put_nowait(i)
    ws = [asyncio.create_task(worker(q, f"w{k}", log)) for k in range(2)]
    await q.join()
    print("join returned, processed:", len(log))
    print("log:", log)
    for w in ws:
        w.cancel()
    res = await asyncio.gather(*ws, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    print("join on idle queue returns at once")
    await q.join()


asyncio.run(main())
