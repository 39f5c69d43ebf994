import asyncio


async def main():
    v = await asyncio.sleep(0, result="zero")
    print("sleep(0) result:", v)
    v = await asyncio.sleep(0.01, result={"k": 1})
    print("sleep(0.01) result:", v)
    v = await asyncio.sleep(0)
    print("no result:", v)
    t = asyncio.create_task(asyncio.sleep(0.01, result=42))
    print("task result:", await t)
    vals = await asyncio.gather(
        asyncio.sleep(0.02, result="slow"),
        asyncio.sleep(0.01, result="fast"),
        asyncio.sleep(0, result="now"),
    )
    print("gathered:", vals)
    v = await asyncio.sleep(-1, result="negative")
    print("negative delay:", v)


asyncio.run(main())
