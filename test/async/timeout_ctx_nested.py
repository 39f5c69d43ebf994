import asyncio


async def main():
    try:
        async with asyncio.timeout(0.02) as outer:
            try:
                async with asyncio.timeout(0.3) as inner:
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("inner caught TimeoutError (should not happen)")
            print("after inner block (not reached)")
    except TimeoutError:
        print("outer timed out; outer.expired", outer.expired(), "inner.expired", inner.expired())
    try:
        async with asyncio.timeout(0.3) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("inner timed out; inner.expired", inner.expired())
            await asyncio.sleep(0)
            print("outer continues, outer.expired", outer.expired())
    except TimeoutError:
        print("outer wrong")


asyncio.run(main())
