import asyncio


async def waiter(name, fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print(name, "CancelledError args", e.args)
        return "cancelled"
    return "ok"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    ts = [asyncio.create_task(waiter(n, fut)) for n in ("a", "b")]
    await asyncio.sleep(0)
    print("cancel fut ->", fut.cancel("reason-X"))
    print(await asyncio.gather(*ts))
    fut2 = loop.create_future()
    t = asyncio.create_task(waiter("c", fut2))
    await asyncio.sleep(0)
    t.cancel("task-level")
    print(await t, "fut2 cancelled too:", fut2.cancelled())


asyncio.run(main())
