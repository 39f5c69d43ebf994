import asyncio


async def work(d, tag):
    try:
        await asyncio.sleep(d)
        return tag
    except asyncio.CancelledError:
        print(tag, "cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    for to in (0, -1, None, 0.05):
        t0 = loop.time()
        try:
            r = await asyncio.wait_for(work(0.02, f"to={to}"), to)
            print("ok", r, round(loop.time() - t0, 1))
        except asyncio.TimeoutError as e:
            print("timeout", to, repr(e), type(e) is TimeoutError)
    fut = loop.create_future()
    fut.set_result("done already")
    print(await asyncio.wait_for(fut, 0))
    print(await asyncio.wait_for(asyncio.sleep(0, "zero"), 0) if False else "skip")
    t = asyncio.create_task(work(1, "task"))
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print("task state", t.cancelled(), t.done())
    for d in (-1, 0):
        t0 = loop.time()
        r = await asyncio.sleep(d, f"neg{d}")
        print(r, loop.time() - t0 < 0.01)
    await asyncio.wait_for(work(1, "last"), timeout=0.01)


asyncio.run(main())
