import asyncio

async def boom(k):
    await asyncio.sleep(0.1)
    raise KeyError(k)

async def main():
    t = asyncio.create_task(boom("x"))
    await t

asyncio.run(main())
