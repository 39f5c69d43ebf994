# Async generator API misuse: reusing an awaited asend/athrow object, asend while
# running, non-None first asend, ignoring GeneratorExit, StopAsyncIteration inside.
import asyncio


async def gen():
    try:
        yield 1
        await asyncio.sleep(0.01)
        yield 2
    finally:
        print("  gen finally")


async def ignores_exit():
    try:
        yield "x"
    except GeneratorExit:
        print("  swallowing GeneratorExit")
    yield "y"


async def raises_stop():
    yield 1
    raise StopAsyncIteration("inside")


async def check(label, aw):
    try:
        r = await aw
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


async def main():
    g = gen()
    a = g.asend(None)
    await check("asend None", a)
    await check("reuse asend", a)
    keep = [gen(), gen(), gen()]
    await check("asend non-None first", keep[0].asend(5))
    t = asyncio.create_task(check("next in task", g.__anext__()))
    await asyncio.sleep(0)
    await check("asend while running", g.asend(None))
    await t
    th = g.athrow(KeyError("k"))
    await check("athrow", th)
    await check("reuse athrow", th)
    await check("asend finished", g.asend(None))
    await check("aclose finished", g.aclose())

    ig = ignores_exit()
    await check("ignores first", ig.__anext__())
    await check("aclose ignoring", ig.aclose())
    await check("ignoring resumed", ig.__anext__())
    await check("ignoring aclose again", ig.aclose())
    rs = raises_stop()
    await check("raises_stop 1", rs.__anext__())
    await check("raises_stop 2", rs.__anext__())
    await check("athrow unstarted", keep[1].athrow(ValueError("v")))
    await check("aclose unstarted", keep[2].aclose())
    g2 = gen()
    await check("g2 first", g2.__anext__())
    await check("athrow GeneratorExit", g2.athrow(GeneratorExit()))
    await check("g2 after", g2.__anext__())
    for k in keep + [rs]:
        await k.aclose()


# A manual loop without shutdown_asyncgens(): which generators the garbage collector has
# dropped by then is not part of this test.
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print("closed")
