import asyncio
import time


async def fetch(name, delay=0.02):
    await asyncio.sleep(delay)
    return f"<{name}>"


def lesson(title):
    print(f"\n== {title}")


async def forgotten_await():
    lesson("1. calling a coroutine without await")
    result = fetch("a")
    print("got a", type(result).__name__, "instead of a value")
    result.close()
    value = await fetch("a")
    print("with await:", value)


async def sequential_vs_concurrent():
    lesson("2. sequential awaits add up, gather overlaps")
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    for n in "xyz":
        await fetch(n, 0.03)
    seq = loop.time() - t0
    t0 = loop.time()
    await asyncio.gather(*(fetch(n, 0.03) for n in "xyz"))
    par = loop.time() - t0
    print("sequential slower:", seq > 2 * par, "gather under 0.06:", par < 0.06)


async def gather_with_a_list():
    lesson("3. gather takes coroutines, not a list")
    try:
        await asyncio.gather([fetch("p"), fetch("q")])
    except TypeError as e:
        print("TypeError:", e)
    print("fixed:", await asyncio.gather(*[fetch("p"), fetch("q")]))


async def blocking_call():
    lesson("4. time.sleep blocks every task")
    ticks = []

    async def ticker():
        for i in range(3):
            ticks.append(i)
            await asyncio.sleep(0)

    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    time.sleep(0.01)
    print("ticks while blocked:", ticks)
    await t
    print("ticks after:", ticks)


async def fire_and_forget():
    lesson("5. keep a reference to background tasks")
    background = set()
    for i in range(3):
        t = asyncio.create_task(fetch(f"bg{i}", 0.01 * (i + 1)))
        background.add(t)
        t.add_done_callback(background.discard)
    print("running:", len(background))
    await asyncio.wait(set(background))
    await asyncio.sleep(0)
    print("all finished:", len(background))


async def wait_returns_sets():
    lesson("6. asyncio.wait returns (done, pending)")
    tasks = [asyncio.create_task(fetch(n, d)) for n, d in (("fast", 0.01), ("slow", 0.2))]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print("done:", sorted(t.result() for t in done), "pending:", len(pending))
    for t in pending:
        t.cancel()
    results = await asyncio.gather(*pending, return_exceptions=True)
    print("cancelled:", [type(r).__name__ for r in results])


async def result_too_early():
    lesson("7. Task.result() before it is done")
    t = asyncio.create_task(fetch("early"))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print("after await:", await t)


async def reuse_coroutine():
    lesson("8. a coroutine object runs once")
    c = fetch("once", 0)
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)


async def main():
    for step in (forgotten_await, sequential_vs_concurrent, gather_with_a_list, blocking_call,
                 fire_and_forget, wait_returns_sets, result_too_early, reuse_coroutine):
        await step()
    print("\nlessons done; tasks left:", len(asyncio.all_tasks()) - 1)


try:
    asyncio.create_task(main())
except RuntimeError as e:
    print("create_task outside a loop:", e)
asyncio.run(main())
