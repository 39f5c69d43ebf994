import asyncio

async def work(d, result):
    try:
        await asyncio.sleep(d)
        return result
    finally:
        print(f"work({result}) exits")

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("ready")
    s = asyncio.shield(done)
    print("shield of a done future is it:", s is done)
    t = asyncio.create_task(work(0.1, "t"))
    await t
    print("shield of a done task is it:", asyncio.shield(t) is t)
    inner = asyncio.create_task(work(0.3, "inner"))
    outer = asyncio.shield(inner)
    print("outer is a new future:", outer is not inner, type(outer).__name__)
    await asyncio.sleep(0.1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner running:", not inner.done())
    print("inner result:", await inner)
    inner2 = asyncio.create_task(work(1, "inner2"))
    outer2 = asyncio.shield(inner2)
    await asyncio.sleep(0)
    inner2.cancel()
    try:
        await outer2
    except asyncio.CancelledError:
        print("inner cancelled -> outer cancelled:", outer2.cancelled())
    async def failing():
        await asyncio.sleep(0.1)
        raise ValueError("inner failed")
    try:
        await asyncio.shield(failing())
    except ValueError as e:
        print("propagated:", e)
    caller = asyncio.create_task(asyncio.wait_for(asyncio.shield(work(0.5, "shielded")), 0.1))
    try:
        await caller
    except TimeoutError:
        print("wait_for timed out around shield")
    await asyncio.sleep(0.5)
    print("end")

asyncio.run(main())
