# SyntaxError: multiple starred expressions in assignment (in a for target)
import asyncio


async def main():
    rows = [(1, 2, 3, 4), (5, 6, 7, 8)]
    for first, *middle, *rest in rows:
        await asyncio.sleep(0)
        print(first, middle, rest)


asyncio.run(main())
