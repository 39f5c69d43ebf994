import asyncio


async def ignores_cancel():
    try:
        await asyncio.sleep(0.3)
    except asyncio.CancelledError:
        print("caught cancel, continuing")
    await asyncio.sleep(0)
    print("still running after suppressed cancel")
    return "finished normally"


async def main():
    t = asyncio.create_task(ignores_cancel())
    await asyncio.sleep(0)
    t.cancel()
    r = await t
    print("result:", r, "cancelled():", t.cancelled(), "cancelling():", t.cancelling())


asyncio.run(main())
