import asyncio


async def job(name, ticks):
    for _ in range(ticks):
        await asyncio.sleep(0)
    print("job", name, "finished")
    return name


async def main():
    tasks = {asyncio.create_task(job(n, d), name=n) for n, d in [("a", 8), ("b", 1), ("c", 50)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    done2, pending2 = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("done2:", sorted(t.get_name() for t in done2), "pending2:", sorted(t.get_name() for t in pending2))
    for t in pending2:
        t.cancel()
    done3, _ = await asyncio.wait(pending2)
    print("done3 cancelled:", [t.cancelled() for t in done3])
    print("constants:", asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())
