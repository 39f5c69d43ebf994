import asyncio


async def ok(n):
    for _ in range(n):
        await asyncio.sleep(0)
    print("ok", n)
    return n


async def bad():
    for _ in range(2):
        await asyncio.sleep(0)
    raise ZeroDivisionError("division by zero in bad()")


async def main():
    print(await asyncio.gather(ok(1), ok(2)))
    await asyncio.gather(ok(1), bad(), ok(3))


asyncio.run(main())
