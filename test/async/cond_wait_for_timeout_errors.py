# Condition.wait_for under a timeout, a predicate that raises, and notify() racing cancellation.
import asyncio


async def main():
    cond = asyncio.Condition()
    state = {"n": 0}

    async def waiter(name, target, timeout):
        try:
            async with cond:
                await asyncio.wait_for(cond.wait_for(lambda: state["n"] >= target), timeout)
                print(f"{name}: saw n={state['n']}, lock held: {cond.locked()}")
        except TimeoutError:
            print(f"{name}: timed out at n={state['n']}, lock held after: {cond.locked()}")

    async def bump(times, gap):
        for _ in range(times):
            await asyncio.sleep(gap)
            async with cond:
                state["n"] += 1
                cond.notify_all()

    await asyncio.gather(waiter("w2", 2, 1), waiter("w5", 5, 0.35), bump(3, 0.1))

    def bad_predicate():
        raise ZeroDivisionError("predicate failed")

    async with cond:
        try:
            await cond.wait_for(bad_predicate)
        except ZeroDivisionError as e:
            print("predicate error:", e, "lock held:", cond.locked())

    async def slow_waiter(name):
        async with cond:
            try:
                await cond.wait()
                print(f"{name} woke up")
            except asyncio.CancelledError:
                print(f"{name} cancelled; lock held again: {cond.locked()}")
                raise

    ws = [asyncio.create_task(slow_waiter(f"s{i}")) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
        ws[0].cancel()
    # 3.11: the notification s0 received is lost with its cancellation; s1 needs another.
    await asyncio.sleep(0)
    print("s1 still waiting:", not ws[1].done())
    async with cond:
        cond.notify(1)
    results = await asyncio.gather(*ws[:2], return_exceptions=True)
    print("first two:", [type(r).__name__ if isinstance(r, BaseException) else r for r in results])
    async with cond:
        cond.notify()
    await ws[2]
    print("done; waiters left:", len(cond._waiters))

asyncio.run(main())
