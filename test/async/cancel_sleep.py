import asyncio


async def sleeper():
    try:
        print("sleeping")
        await asyncio.sleep(0.3)
    except asyncio.CancelledError as e:
        print("CancelledError in sleep, args", e.args)
        raise
    finally:
        print("finally runs on cancel")


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.01)
    t.cancel("enough")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", type(e).__name__, e.args)
    print("cancelled:", t.cancelled(), "done:", t.done())


asyncio.run(main())
