import asyncio

async def main():
    await asyncio.sleep(1)
    async for x in aiter():
        print(x)
    else:
        pass
    async with lock as l:
        pass
    async with a, b:
        pass
    result = [x async for x in agen()]
    result = {x: y async for x, y in agen() if x}
    result = (await x for x in y)
    return await asyncio.gather(*tasks)

@decorator
async def decorated():
    pass

async def gen():
    yield 1
    await x ** 2
    -await x
