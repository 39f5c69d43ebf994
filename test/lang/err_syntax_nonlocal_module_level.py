# SyntaxError: nonlocal declaration not allowed at module level
import asyncio

nonlocal value
value = 1


async def main():
    await asyncio.sleep(0)
    print(value)


asyncio.run(main())
