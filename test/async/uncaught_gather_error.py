import asyncio


async def ok(n):
    await asyncio.sleep(0.01 * n)
    print("ok", n)
    return n


async def bad():
    await asyncio.sleep(0.015)
    raise ZeroDivisionError("division by zero in bad()")


async def main():
    print(await asyncio.gather(ok(1), ok(2)))
    await asyncio.gather(ok(1), bad(), ok(3))


asyncio.run(main())
