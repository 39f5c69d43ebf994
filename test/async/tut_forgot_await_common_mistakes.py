import asyncio


async def fetch_data(n):
    await asyncio.sleep(0.01)
    return {"id": n}


async def process():
    result = fetch_data(1)
    print("type of result without await:", type(result).__name__)
    print(asyncio.iscoroutine(result))
    real = await result
    print("awaited:", real)


async def fire_and_forget():
    pending = fetch_data(2)
    print("forgot to await, returning")
    return "returned"


async def main():
    await process()
    print(await fire_and_forget())
    data = await fetch_data(3)
    print(data)


asyncio.run(main())
