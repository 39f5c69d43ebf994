import asyncio


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sleeper cancelled")
        raise


async def main():
    t = asyncio.create_task(sleeper(), name="sleeper")
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw it")


asyncio.run(main())
