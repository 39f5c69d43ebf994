import asyncio


async def helper():
    return asyncio.get_event_loop()


async def main():
    running = asyncio.get_running_loop()
    print("get_event_loop is running loop:", asyncio.get_event_loop() is running)
    print("from helper:", (await helper()) is running)
    print("is_running:", running.is_running(), "is_closed:", running.is_closed())
    t = asyncio.create_task(helper())
    print("in task:", (await t) is running)
    print("task get_loop:", t.get_loop() is running)
    fut = running.create_future()
    print("future get_loop:", fut.get_loop() is running)
    fut.cancel()
    return running


loop = asyncio.run(main())
print("closed after run:", loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("no running loop:", e)
