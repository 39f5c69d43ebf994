import asyncio


async def helper(x):
    y = x + 1
    return y


async def stepper():
    a = 1
    await asyncio.sleep(0.1)
    b = await helper(a)
    c = a + b
    return c


async def other():
    n = 0
    await asyncio.sleep(0.05)
    n += 1
    await asyncio.sleep(0.1)
    n += 2
    return n


async def main():
    t1 = asyncio.create_task(stepper(), name="stepper")
    t2 = asyncio.create_task(other(), name="other")
    print(await t1, await t2)


asyncio.run(main())
