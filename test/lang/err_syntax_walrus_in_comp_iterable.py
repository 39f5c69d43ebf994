# SyntaxError: assignment expression cannot be used in a comprehension iterable expression
import asyncio


async def main():
    await asyncio.sleep(0)
    squares = [x * x for x in (data := [1, 2, 3])]
    print(squares, data)


asyncio.run(main())
