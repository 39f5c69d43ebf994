import asyncio


async def quick():
    print("quick body runs?")
    return 1


async def main():
    try:
        await asyncio.wait_for(quick(), timeout=0)
    except asyncio.TimeoutError:
        print("timeout=0 on coroutine -> TimeoutError")
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    print("timeout=0 on done future:", await asyncio.wait_for(f, 0))
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("timeout=0 on done task:", await asyncio.wait_for(t, 0))
    try:
        await asyncio.wait_for(asyncio.sleep(1), -1)
    except TimeoutError:
        print("negative timeout -> TimeoutError")


asyncio.run(main())
