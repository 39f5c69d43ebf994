# SyntaxError: no binding for nonlocal 'total' found (the enclosing function declares it global)
import asyncio

total = 0


async def main():
    global total

    async def add(n):
        nonlocal total
        total += n
        await asyncio.sleep(0)

    await asyncio.gather(add(1), add(2))
    print(total)


asyncio.run(main())
