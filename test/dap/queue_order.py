import asyncio


async def child(fut, i):
    v = await fut
    return v * i


async def sleeper():
    await asyncio.sleep(10)


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(5)]
    kids = [asyncio.create_task(child(f, i), name=f"c{i}") for i, f in enumerate(futs)]
    s = asyncio.create_task(sleeper(), name="sleepy")
    await asyncio.sleep(0)
    for f in reversed(futs):
        f.set_result(2)
    marker = 1
    results = await asyncio.gather(*kids)
    s.cancel()
    last = asyncio.create_task(child(futs[0], 7), name="awaited")
    total = await last
    print(results, total, marker)


asyncio.run(main())
