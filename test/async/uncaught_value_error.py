import asyncio


async def helper(n):
    await asyncio.sleep(0)
    print("helper", n)
    if n == 2:
        raise ValueError(f"bad value {n}")
    return n


async def main():
    for i in range(4):
        print("got", await helper(i))


asyncio.run(main())
print("never printed")
