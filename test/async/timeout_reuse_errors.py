import asyncio


async def main():
    cm = asyncio.timeout(0.2)
    async with cm:
        await asyncio.sleep(0)
    print("first use ok, expired:", cm.expired())
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    cm2 = asyncio.timeout(0.2)
    try:
        cm2.reschedule(1.0)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.timeout(0.2) as cm3:
        pass
    try:
        cm3.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("when() of unentered:", asyncio.timeout(None).when())


asyncio.run(main())
