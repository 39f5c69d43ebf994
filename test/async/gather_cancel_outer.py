import asyncio


async def child(name):
    try:
        print(name, "waiting")
        await asyncio.sleep(1)
        print(name, "never here")
    except asyncio.CancelledError:
        print(name, "got CancelledError")
        raise
    finally:
        print(name, "finally")


async def main():
    kids = [asyncio.create_task(child(f"c{i}"), name=f"c{i}") for i in range(3)]
    g = asyncio.gather(*kids)
    await asyncio.sleep(0)
    print("cancel gather ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("awaiting gather raised CancelledError")
    print("gather cancelled:", g.cancelled())
    print("children cancelled:", [k.cancelled() for k in kids])
    print("cancel again ->", g.cancel())


asyncio.run(main())
