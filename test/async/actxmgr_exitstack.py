import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(name, log):
    log.append(f"acquire {name}")
    yield name
    log.append(f"release {name}")


async def main():
    log = []
    async with contextlib.AsyncExitStack() as stack:
        for n in ("a", "b", "c"):
            await stack.enter_async_context(resource(n, log))
        stack.push_async_callback(lambda: asyncio.sleep(0, log.append("callback")))
        log.append("body")
    for line in log:
        print(line)
    async with contextlib.aclosing(gen()) as g:
        async for v in g:
            print("aclosing item", v)
            if v == 1:
                break
    print("done")


async def gen():
    try:
        for i in range(5):
            yield i
    finally:
        print("gen closed by aclosing")


asyncio.run(main())
