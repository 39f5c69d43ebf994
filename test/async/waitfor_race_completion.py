# wait_for: completion vs. timeout, timeout=0, None, cancelled inner that swallows cancellation.
import asyncio


async def work(d, v):
    await asyncio.sleep(d)
    return v


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: cancelled, returning anyway")
        return "stubborn-result"


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(await asyncio.wait_for(work(0.1, "fast"), 0.2))
    try:
        await asyncio.wait_for(work(0.3, "slow"), 0.2)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, repr(e), round(loop.time() - t0, 1))
    print(await asyncio.wait_for(work(0, "none"), None))
    try:
        await asyncio.wait_for(work(0, "zero"), 0)
    except asyncio.TimeoutError:
        print("timeout=0 on a coroutine")
    f = loop.create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))
    print(await asyncio.wait_for(stubborn(), 0.1))
    t = asyncio.create_task(work(1, "x"))
    try:
        await asyncio.wait_for(t, 0.1)
    except asyncio.TimeoutError:
        print("task cancelled by wait_for:", t.cancelled())
    print("total", round(loop.time() - t0, 1))

    async def raiser():
        await asyncio.sleep(0.01)
        raise KeyError("k")
    try:
        await asyncio.wait_for(raiser(), 1)
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())
