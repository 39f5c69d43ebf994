import asyncio


async def coro(v):
    await asyncio.sleep(0)
    return v


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(coro("task"))
    loop.call_later(0.01, fut.set_result, "future")
    res = await asyncio.gather(coro("coro"), fut, task, asyncio.sleep(0, "sleep"))
    print(res)
    g1 = asyncio.gather(coro(1), coro(2))
    g2 = asyncio.gather(g1, coro(3))
    print(await g2)
    print("g1 done:", g1.done(), g1.result())
    try:
        await asyncio.gather(coro(1), 5)
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0)


asyncio.run(main())
