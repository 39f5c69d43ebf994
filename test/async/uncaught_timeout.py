import asyncio


async def slow():
    try:
        await asyncio.sleep(0.5)
    finally:
        print("slow cleanup")


async def main():
    print("first wait_for ok:", await asyncio.wait_for(asyncio.sleep(0, "quick"), 0.2))
    print("starting wait_for")
    await asyncio.wait_for(slow(), 0.01)


asyncio.run(main())
