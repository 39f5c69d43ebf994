# SyntaxError: annotated name 'limit' can't be global
import asyncio

limit: int = 3


async def main():
    global limit
    limit: int = 5
    await asyncio.sleep(0)
    print(limit)


asyncio.run(main())
