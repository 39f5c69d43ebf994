import asyncio


async def main():
    for i in range(3):
        await asyncio.sleep(0)
        print("main iteration", i)
    print("main cancels itself")
    asyncio.current_task().cancel()
    try:
        await asyncio.sleep(0)
    finally:
        print("finally in main")


asyncio.run(main())
