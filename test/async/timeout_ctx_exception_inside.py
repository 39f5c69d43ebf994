import asyncio


async def main():
    try:
        async with asyncio.timeout(0.3) as cm:
            await asyncio.sleep(0)
            raise ValueError("inside body")
    except ValueError as e:
        print("ValueError passes through:", e, "expired:", cm.expired())
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(0.3)
            except asyncio.CancelledError:
                print("body sees CancelledError on timeout")
                raise
    except TimeoutError:
        print("converted to TimeoutError")
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(0.3)
            finally:
                print("finally in body")
    except TimeoutError as e:
        print("ctx:", type(e.__context__).__name__)


asyncio.run(main())
