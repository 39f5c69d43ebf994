import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f1.set_result(1)
    f2 = loop.create_future()
    done, pending = await asyncio.wait([f1, f2], return_when=asyncio.FIRST_COMPLETED)
    print("first completed with one already done:", len(done), len(pending))
    loop.call_later(0.01, f2.set_exception, ValueError("late"))
    done, pending = await asyncio.wait([f1, f2], return_when=asyncio.FIRST_EXCEPTION)
    print("after exception:", len(done), len(pending), repr(f2.exception()))
    f3 = loop.create_future()
    f4 = loop.create_future()
    f4.set_exception(KeyError("early"))
    done, pending = await asyncio.wait([f3, f4], return_when=asyncio.FIRST_EXCEPTION)
    print("exception already present:", len(done), len(pending))
    done, pending = await asyncio.wait([f3], timeout=0)
    print("timeout 0:", len(done), len(pending))
    f3.cancel()
    done, pending = await asyncio.wait([f3], return_when=asyncio.FIRST_EXCEPTION)
    print("cancelled counts as done:", len(done), f3.cancelled())


asyncio.run(main())
