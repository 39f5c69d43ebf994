import asyncio


async def bomb():
    await asyncio.sleep(0.01)
    print("raising KeyboardInterrupt")
    raise KeyboardInterrupt


async def bystander():
    try:
        await asyncio.sleep(1)
    finally:
        print("bystander finally")


async def main():
    t = asyncio.create_task(bomb())
    try:
        await bystander()
    finally:
        print("main finally")


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("caught KI at top")
asyncio.run(main())
