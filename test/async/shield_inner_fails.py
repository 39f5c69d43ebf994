import asyncio


async def fails():
    await asyncio.sleep(0)
    raise ValueError("inner problem")


async def cancelled_inner():
    await asyncio.sleep(1)


async def main():
    try:
        await asyncio.shield(fails())
    except ValueError as e:
        print("shield propagated:", e)
    t = asyncio.create_task(cancelled_inner())
    s = asyncio.shield(t)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("inner cancellation propagates through shield")
    print("s cancelled:", s.cancelled())
    print(await asyncio.shield(asyncio.sleep(0, "plain")))


asyncio.run(main())
