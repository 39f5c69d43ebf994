import asyncio
import contextlib


async def main():
    async with contextlib.nullcontext("value") as v:
        print("nullcontext gives", v)
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(asyncio.sleep(0.3), 0.01)
        print("not reached")
    print("timeout suppressed")

    @contextlib.asynccontextmanager
    async def bad():
        yield 1
        yield 2

    try:
        async with bad():
            print("in bad")
    except RuntimeError as e:
        print("RuntimeError:", e)

    @contextlib.asynccontextmanager
    async def noyield():
        if False:
            yield

    try:
        async with noyield():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
