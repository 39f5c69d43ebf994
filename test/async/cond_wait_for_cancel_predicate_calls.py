# Condition.wait_for: how many times the predicate is evaluated, and cancellation
# in the middle of the loop (with notify racing the cancel).
import asyncio


async def main():
    cond = asyncio.Condition()
    state = {"n": 0, "calls": 0}

    def pred():
        state["calls"] += 1
        print("  pred call", state["calls"], "n =", state["n"])
        return state["n"] >= 3

    async def consumer():
        async with cond:
            try:
                r = await cond.wait_for(pred)
                print("wait_for returned", r)
            except asyncio.CancelledError as e:
                print("consumer cancelled", e.args, "locked", cond.locked())
                raise

    t = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    for i in range(2):
        async with cond:
            state["n"] += 1
            cond.notify_all()
        await asyncio.sleep(0)
    async with cond:
        state["n"] += 1
        cond.notify_all()
        t.cancel("race")
    await asyncio.sleep(0)
    try:
        await t
    except asyncio.CancelledError as e:
        print("task ->", repr(e))
    print("calls", state["calls"], "waiters", len(cond._waiters))

    async def immediate():
        async with cond:
            return await cond.wait_for(lambda: "truthy")

    print("immediate ->", await immediate())
    try:
        await cond.wait_for(lambda: False)
    except RuntimeError as e:
        print("not acquired:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify unlocked:", e)
    try:
        cond.release()
    except RuntimeError as e:
        print("release unlocked:", e)


asyncio.run(main())
