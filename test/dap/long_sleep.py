import asyncio


async def main():
    print("start")
    await asyncio.sleep(30)
    print("never")


asyncio.run(main())
