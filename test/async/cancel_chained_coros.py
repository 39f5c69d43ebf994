import asyncio


async def level(n):
    try:
        if n == 0:
            await asyncio.sleep(0.3)
        else:
            await level(n - 1)
    except asyncio.CancelledError:
        print("level", n, "sees CancelledError")
        raise
    finally:
        print("level", n, "finally")


async def main():
    t = asyncio.create_task(level(3))
    await asyncio.sleep(0)
    t.cancel("deep")
    try:
        await t
    except asyncio.CancelledError as e:
        print("top args:", e.args)


asyncio.run(main())
