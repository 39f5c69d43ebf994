import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.06)
    d = loop.time() - t0
    print("slept at least 0.06:", d >= 0.06)
    print("rounded:", round(d, 1))
    t1 = loop.time()
    print("time is monotonic:", t1 >= t0)
    fut = loop.create_future()
    loop.call_at(t1 + 0.2, fut.set_result, "at fired")
    print(await fut)
    print("rounded 2:", round(loop.time() - t1, 1))
    h = loop.call_later(10, print, "never")
    print("when rounded:", round(h.when() - loop.time()))
    h.cancel()


asyncio.run(main())
