# gather(return_exceptions=True) with children that are cancelled, fail, or succeed;
# cancelling the gather itself cancels everyone.
import asyncio


async def ok(v, d):
    await asyncio.sleep(d)
    return v


async def bad(d):
    await asyncio.sleep(d)
    raise ZeroDivisionError("boom")


async def main():
    t = asyncio.create_task(ok("t", 1))
    asyncio.get_running_loop().call_later(0.05, t.cancel, "by timer")
    res = await asyncio.gather(ok(1, 0.01), bad(0.02), t, ok(3, 0.03), return_exceptions=True)
    print([type(r).__name__ for r in res], res[0], res[1], repr(res[2]), res[3])

    # Without return_exceptions, the first error propagates but others keep running
    slow = asyncio.create_task(ok("slow", 0.1))
    try:
        await asyncio.gather(bad(0.01), slow)
    except ZeroDivisionError as e:
        print("propagated", e, "slow done?", slow.done())
    print("slow result", await slow)

    # Cancelling the outer gather cancels its children
    children = [asyncio.create_task(ok(i, 1)) for i in range(3)]
    g = asyncio.gather(*children)
    await asyncio.sleep(0)
    print("cancel returns", g.cancel(msg="outer"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", e.args)
    print([c.cancelled() for c in children])

    # A child cancelled from outside: gather raises CancelledError
    c1 = asyncio.create_task(ok("c1", 0.1))
    c2 = asyncio.create_task(ok("c2", 0.01))
    g2 = asyncio.gather(c1, c2)
    await asyncio.sleep(0.02)
    c1.cancel()
    try:
        await g2
    except asyncio.CancelledError as e:
        print("child cancelled -> gather CancelledError", e.args, g2.cancelled())

    # gather of nothing, and of duplicated awaitables
    print(await asyncio.gather())
    f = asyncio.ensure_future(ok("dup", 0))
    print(await asyncio.gather(f, f, f))


asyncio.run(main())
