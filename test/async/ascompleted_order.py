import asyncio


async def job(name, ticks):
    for _ in range(ticks):
        await asyncio.sleep(0)
    print("  (job", name, "done)")
    return name


async def main():
    # tasks are created explicitly: as_completed() turns a list of coroutines
    # into a set first, so their task creation order would be address-dependent
    ts = [asyncio.create_task(job(n, k)) for n, k in [("a", 3), ("b", 1), ("c", 2), ("d", 0)]]
    for i, fut in enumerate(asyncio.as_completed(ts)):
        r = await fut
        print("as_completed", i, "->", r)
    ts = [asyncio.create_task(job(f"t{i}", d)) for i, d in enumerate([2, 1])]
    results = [await f for f in asyncio.as_completed(ts)]
    print(results)


asyncio.run(main())
