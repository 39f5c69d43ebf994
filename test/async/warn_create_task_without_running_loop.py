import asyncio


async def m():
    return 1


async def main():
    await asyncio.sleep(0)
    return 5


try:
    asyncio.create_task(m())
except RuntimeError as e:
    print("caught", e)
print("after")
print(asyncio.run(main()))
asyncio.create_task(main())
