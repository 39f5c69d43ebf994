import asyncio

# An async generator that only a coroutine's local holds goes to the loop's finalizer hook when
# the coroutine returns: asyncio schedules a task for its aclose() right then, not at shutdown.


async def ticks(tag, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("cleanup", tag)


async def partly(tag):
    gen = ticks(tag, 5)
    print(tag, await gen.__anext__())
    print(tag, await anext(gen))
    return tag


async def broke_out():
    stream = ticks("broke_out", 10)
    async for t in stream:
        if t == 1:
            break
    print("broke out at", t)


async def primed_only():
    gen = ticks("primed", 3)
    try:
        await gen.asend(1)
    except TypeError as e:
        print("TypeError:", e)


async def main():
    print(await partly("partly"))
    await asyncio.sleep(0)
    await broke_out()
    await primed_only()
    print(await asyncio.gather(partly("a"), partly("b")))
    print("main done")


asyncio.run(main())
print("after run")
