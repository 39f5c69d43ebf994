# as_completed yields in completion order; a timeout raises after the early ones.
import asyncio


async def job(i, d):
    await asyncio.sleep(d)
    if i == 2:
        raise ValueError(f"job {i} failed")
    return i


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    delays = {0: 0.3, 1: 0.1, 2: 0.2, 3: 0.5, 4: 0.05}
    tasks = [asyncio.create_task(job(i, d), name=f"job{i}") for i, d in delays.items()]
    got = []
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.35):
            try:
                r = await fut
                got.append(r)
                print("got", r, round(loop.time() - t0, 1))
            except ValueError as e:
                print("error", e)
    except asyncio.TimeoutError as e:
        print("timeout after", got, type(e).__name__)
    print([t.done() for t in tasks])
    await asyncio.sleep(0.2)
    print([t.done() for t in tasks])
    print(tasks[3].result())

    # as_completed over coroutines and a mix with an already-done future
    f = loop.create_future()
    f.set_result("pre")
    order = []
    for c in asyncio.as_completed([job(9, 0.02), f, job(8, 0.01)]):
        order.append(await c)
    print(order)
    try:
        asyncio.as_completed(set())
        for _ in asyncio.as_completed(set()):
            pass
        print("empty ok")
    except Exception as e:
        print(type(e).__name__, e)


asyncio.run(main())
