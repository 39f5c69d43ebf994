import asyncio


async def risky(n):
    try:
        raise ValueError(n)
    except ValueError:
        pass
    return n


async def main():
    a = asyncio.create_task(risky(1), name="alpha")
    b = asyncio.create_task(risky(2), name="beta")
    print(await a + await b)


asyncio.run(main())
