import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    print("  (job", name, "done)")
    return name


async def main():
    coros = [job("a", 0.03), job("b", 0.01), job("c", 0.02), job("d", 0)]
    for i, fut in enumerate(asyncio.as_completed(coros)):
        r = await fut
        print("as_completed", i, "->", r)
    ts = [asyncio.create_task(job(f"t{i}", d)) for i, d in enumerate([0.02, 0.01])]
    results = [await f for f in asyncio.as_completed(ts)]
    print(results)


asyncio.run(main())
