import asyncio

calls = 0


async def once():
    global calls
    calls += 1
    print("once running, call", calls)
    await asyncio.sleep(0)
    return "v"


async def main():
    t = asyncio.create_task(once())
    res = await asyncio.gather(t, t, t)
    print(res, "calls:", calls)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, 9)
    res = await asyncio.gather(fut, once(), fut)
    print(res, "calls:", calls)
    g = asyncio.gather(once())
    print("gather is future:", isinstance(g, asyncio.Future))
    print(await g)


asyncio.run(main())
