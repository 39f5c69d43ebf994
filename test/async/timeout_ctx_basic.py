import asyncio


async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            print("inside, expired?", cm.expired())
            await asyncio.sleep(0.5)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError raised, args:", e.args, "cause:", type(e.__cause__).__name__)
    print("expired after:", cm.expired())
    async with asyncio.timeout(0.2) as cm2:
        await asyncio.sleep(0.01)
        print("finished in time")
    print("cm2 expired:", cm2.expired())
    async with asyncio.timeout(None) as cm3:
        print("deadline None:", cm3.when())
        await asyncio.sleep(0)
    print("cm3 expired:", cm3.expired())


asyncio.run(main())
