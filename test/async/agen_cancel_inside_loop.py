import asyncio


async def ticks():
    try:
        i = 0
        while True:
            await asyncio.sleep(0)
            yield i
            i += 1
    finally:
        print("ticks generator finally")


async def consumer():
    try:
        async for t in ticks():
            print("tick", t)
    except asyncio.CancelledError:
        print("consumer cancelled inside async for")
        raise


async def main():
    c = asyncio.create_task(consumer())
    for _ in range(7):
        await asyncio.sleep(0)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("consumer task cancelled:", c.cancelled())


asyncio.run(main())
