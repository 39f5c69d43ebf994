import asyncio


async def inner():
    try:
        print("inner waiting")
        await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise
    finally:
        print("inner finally")


async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=0.3)
    except asyncio.CancelledError:
        print("outer got CancelledError (not TimeoutError)")
        raise


async def main():
    t = asyncio.create_task(outer(), name="outer")
    await asyncio.sleep(0.01)
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main: outer cancelled, args:", e.args)
    print("cancelled:", t.cancelled())


asyncio.run(main())
