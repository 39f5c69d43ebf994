# SyntaxError: assignment expression cannot rebind comprehension iteration variable 'j'
import asyncio


async def main():
    await asyncio.sleep(0)
    grid = [[(j := i * k) for k in range(2)] for j in range(3)]
    print(grid)


asyncio.run(main())
