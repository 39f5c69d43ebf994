import asyncio

async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    return name

async def main():
    # Tasks, not coroutines: as_completed() makes tasks of coroutines in set order (by address).
    aws = [asyncio.create_task(c) for c in (job("a", 0.3), job("b", 0.1), job("c", 0.2, fail=True), job("d", 5))]
    got = []
    try:
        for nxt in asyncio.as_completed(aws, timeout=1):
            try:
                got.append(await nxt)
            except ValueError as e:
                got.append(f"error {e}")
    except TimeoutError:
        got.append("timeout")
    print(got)
    print("tasks left:", sorted(t.get_coro().__qualname__ for t in asyncio.all_tasks() if t is not asyncio.current_task()))
    for t in asyncio.all_tasks():
        if t is not asyncio.current_task():
            t.cancel()
    await asyncio.sleep(0)
    it = asyncio.as_completed([])
    print("empty:", list(it))
    x = job("x", 0)
    try:
        asyncio.as_completed(x)
    except TypeError as e:
        print("TypeError:", e)
    x.close()
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("pre-done")
    for c in asyncio.as_completed([fut, asyncio.create_task(job("e", 0.1))]):
        print("got:", await c)
    same = job("same", 0.1)
    print("dedup:", [await c for c in asyncio.as_completed([same, same])])
    await asyncio.sleep(0.2)

asyncio.run(main())
