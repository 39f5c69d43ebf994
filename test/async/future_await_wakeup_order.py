import asyncio


async def waiter(name, fut):
    print(name, "waiting")
    v = await fut
    print(name, "got", v)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    ws = [asyncio.create_task(waiter(f"w{i}", fut)) for i in range(4)]
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("plain callback sees", f.result()))
    print("setting result")
    fut.set_result("X")
    print("result set, main continues")
    await asyncio.sleep(0)
    print("main after one yield")
    await asyncio.gather(*ws)
    print("all waiters done")


asyncio.run(main())
