import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout(0.15) as cm:
            print("when set:", round(cm.when() - t0, 3))
            for i in range(5):
                await asyncio.sleep(0.1)
                cm.reschedule(loop.time() + 0.15)
                print("extended at", round(loop.time() - t0, 1), "deadline in", round(cm.when() - loop.time(), 2))
            cm.reschedule(None)
            print("disabled", cm.when())
            await asyncio.sleep(0.3)
            cm.reschedule(loop.time() + 0.07)
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timed out at", round(loop.time() - t0, 1), repr(e), cm.expired())
    async with asyncio.timeout(None) as cm2:
        await asyncio.sleep(0.01)
    print(cm2.when(), cm2.expired())
    try:
        async with asyncio.timeout_at(loop.time() - 1) as cm3:
            print("inside past deadline")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline expired", cm3.expired())
    try:
        cm3.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.timeout(0.05) as cm4:
        pass
    try:
        cm4.reschedule(loop.time() + 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(round(loop.time() - t0, 1))


asyncio.run(main())
