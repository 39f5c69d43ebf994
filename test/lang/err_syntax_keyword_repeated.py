# SyntaxError: keyword argument repeated: name
import asyncio


async def job():
    await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(job(), name="first", name="second")
    await t


asyncio.run(main())
