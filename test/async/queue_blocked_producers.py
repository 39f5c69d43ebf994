import asyncio


async def producer(q, name, n):
    for i in range(n):
        item = f"{name}{i}"
        print(name, "putting", item, "qsize", q.qsize())
        await q.put(item)
        print(name, "put", item)


async def main():
    q = asyncio.Queue(maxsize=2)
    ps = [asyncio.create_task(producer(q, n, 3)) for n in ("a", "b")]
    await asyncio.sleep(0)
    print("--- queue full:", q.full())
    got = []
    for _ in range(6):
        got.append(await q.get())
        print("consumer got", got[-1])
        await asyncio.sleep(0)
    await asyncio.gather(*ps)
    print("all:", got)


asyncio.run(main())
