# Async context managers under a timeout: asynccontextmanager, aclosing,
# AsyncExitStack callbacks, and cleanup that itself awaits.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(name):
    print(f"open {name}")
    try:
        yield name
    except BaseException as e:
        print(f"{name} saw {type(e).__name__}")
        raise
    finally:
        await asyncio.sleep(0.01)
        print(f"close {name}")


async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print("numbers closed")


async def cleanup(tag):
    await asyncio.sleep(0.01)
    print("async callback", tag)


async def worker():
    async with contextlib.AsyncExitStack() as stack:
        r1 = await stack.enter_async_context(resource("db"))
        stack.push_async_callback(cleanup, "first")
        stack.callback(print, "sync callback")
        r2 = await stack.enter_async_context(resource("cache"))
        async with contextlib.aclosing(numbers()) as gen:
            async for n in gen:
                print("number", n, "with", r1, r2)


async def main():
    try:
        async with asyncio.timeout(0.25):
            await worker()
    except TimeoutError:
        print("worker timed out")
    async with resource("plain") as r:
        print("using", r)

asyncio.run(main())
