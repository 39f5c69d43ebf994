import asyncio

async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    return name

async def main():
    loop = asyncio.get_running_loop()
    print("empty:", await asyncio.gather())
    c = job("same", 0.1)
    print("same coroutine twice:", await asyncio.gather(c, c))
    f1, f2 = loop.create_future(), loop.create_future()
    loop.call_later(0.2, f1.set_result, "f1")
    loop.call_later(0.1, f2.set_result, "f2")
    print("futures:", await asyncio.gather(f1, f2, f1))
    g = asyncio.gather(job("x", 0.1), job("y", 0.2, fail=True), job("z", 0.3), return_exceptions=True)
    print("return_exceptions:", [repr(r) for r in await g])
    g2 = asyncio.gather(job("p", 1), job("q", 1), return_exceptions=True)
    await asyncio.sleep(0.1)
    print("cancel gather:", g2.cancel())
    try:
        print(await g2)
    except asyncio.CancelledError:
        print("gather with return_exceptions still raises CancelledError when cancelled itself")
    print("cancel done gather:", g2.cancel())
    inner = asyncio.create_task(job("r", 1))
    g3 = asyncio.gather(inner, job("s", 0.1), return_exceptions=True)
    await asyncio.sleep(0)
    inner.cancel()
    print("child cancelled:", [type(r).__name__ for r in await g3])
    g4 = asyncio.gather(job("u", 0.1, fail=True), job("v", 0.3))
    try:
        await g4
    except ValueError as e:
        print("first error:", e)
    print("g4 done:", g4.done(), "exception:", repr(g4.exception()))
    await asyncio.sleep(0.3)
    print("repr:", repr(asyncio.gather()))
    done_g = asyncio.gather(f1)
    await done_g
    print("repr done:", repr(done_g))

asyncio.run(main())
