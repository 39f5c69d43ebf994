import asyncio


async def important():
    print("important: start")
    await asyncio.sleep(0.1)
    print("important: finished")
    return "saved"


async def main():
    inner = asyncio.create_task(important(), name="important")
    outer = asyncio.shield(inner)
    waiter = asyncio.create_task(asyncio.wait_for(outer, 0.5))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    print("inner cancelled?", inner.cancelled(), "done?", inner.done())
    print("inner result", await inner)
    try:
        await waiter
    except asyncio.CancelledError:
        print("waiter cancelled too")
    print("shield of done task:", await asyncio.shield(inner))


asyncio.run(main())
