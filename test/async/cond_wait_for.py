import asyncio


async def waiter(cond, state, name, threshold):
    async with cond:
        r = await cond.wait_for(lambda: state["n"] >= threshold)
        print(name, "condition met at n =", state["n"], "returned", r)


async def main():
    cond = asyncio.Condition()
    state = {"n": 0}
    ts = [asyncio.create_task(waiter(cond, state, f"w{t}", t)) for t in (3, 1, 2, 5)]
    for _ in range(5):
        await asyncio.sleep(0)
        async with cond:
            state["n"] += 1
            print("n ->", state["n"])
            cond.notify_all()
    await asyncio.gather(*ts)
    async with cond:
        r = await cond.wait_for(lambda: "already true")
        print("predicate already true returns", r)


asyncio.run(main())
