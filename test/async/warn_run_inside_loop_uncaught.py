import asyncio


async def nested():
    return 42


async def main():
    print("main starts")
    result = asyncio.run(nested())
    print("never", result)


asyncio.run(main())
