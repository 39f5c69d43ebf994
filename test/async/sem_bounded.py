import asyncio


async def main():
    bs = asyncio.BoundedSemaphore(2)
    await bs.acquire()
    await bs.acquire()
    print("locked at 0:", bs.locked())
    bs.release()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    async with bs:
        async with bs:
            print("nested acquires ok, locked:", bs.locked())
    print("after nested, locked:", bs.locked())


asyncio.run(main())
