# SyntaxError: '(' was never closed (reported instead of "Perhaps you forgot a comma?")
import asyncio


async def main():
    values = (1, 2
    print(values)
    await asyncio.sleep(0)

asyncio.run(main())
