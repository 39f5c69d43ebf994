import asyncio


async def compute(x):
    print("compute start", x)
    y = x * 2
    print("compute end", y)
    return y


async def main():
    print("main start")
    a = await compute(3)
    b = await compute(a)
    print("results", a, b)
    return a + b


result = asyncio.run(main())
print("asyncio.run returned", result)
result2 = asyncio.run(compute(10))
print("second run returned", result2)
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
print("done")
