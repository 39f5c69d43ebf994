import asyncio


async def consumer(q, name, log):
    while True:
        item = await q.get()
        if item is None:
            log.append(f"{name} stop")
            return
        log.append(f"{name} <- {item}")


async def main():
    q = asyncio.Queue()
    log = []
    cs = [asyncio.create_task(consumer(q, f"c{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(7):
        q.put_nowait(i)
    await asyncio.sleep(0)
    for i in range(7, 9):
        await q.put(i)
        await asyncio.sleep(0)
    for _ in cs:
        q.put_nowait(None)
    await asyncio.gather(*cs)
    for line in log:
        print(line)


asyncio.run(main())
