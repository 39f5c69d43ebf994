import asyncio


async def main():
    for name, make in [
        ("Lock(loop=)", lambda: asyncio.Lock(loop=asyncio.get_running_loop())),
        ("Event(loop=)", lambda: asyncio.Event(loop=None)),
        ("Queue(loop=)", lambda: asyncio.Queue(loop=None)),
        ("Semaphore(loop=)", lambda: asyncio.Semaphore(2, loop=None)),
        ("Condition(loop=)", lambda: asyncio.Condition(loop=None)),
    ]:
        try:
            make()
            print(name, "ok")
        except TypeError as e:
            print(name, "TypeError:", e)
    try:
        await asyncio.sleep(0, loop=None)
    except TypeError as e:
        print("sleep TypeError:", e)
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
    print(asyncio.isfuture(asyncio.get_running_loop().create_future()), asyncio.isfuture(1))
    tg = asyncio.TaskGroup()
    async with tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("TaskGroup reuse:", e)
    try:
        tg.create_task(asyncio.sleep(0))
    except RuntimeError as e:
        print("TaskGroup finished:", e)
    tg2 = asyncio.TaskGroup()
    try:
        tg2.create_task(asyncio.sleep(0))
    except RuntimeError as e:
        print("TaskGroup not entered:", e)
    t = asyncio.timeout(1)
    async with t:
        pass
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("timeout reuse:", e)


def outside():
    loop = asyncio.new_event_loop()
    async def use_timeout():
        async with asyncio.timeout(1):
            return 1
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 5)
    print(loop.run_until_complete(fut))
    loop.close()


asyncio.run(main())
outside()
