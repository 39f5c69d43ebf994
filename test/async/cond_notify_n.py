import asyncio


def rp(o):
    """repr without the address."""
    s = repr(o)
    i = s.find(" object at 0x")
    if i < 0:
        return s
    j = s.find(" ", i + 11)
    return s[:i] + s[j:]

async def consumer(cond, name, items):
    async with cond:
        await cond.wait_for(lambda: items)
        item = items.pop(0)
        print(f"{name} got {item}")

async def sleeper(cond, name):
    async with cond:
        r = await cond.wait()
        print(f"{name} woke: {r}")

async def main():
    cond = asyncio.Condition()
    print(rp(cond))
    ts = [asyncio.create_task(sleeper(cond, f"s{i}")) for i in range(5)]
    await asyncio.sleep(0)
    print(rp(cond))
    async with cond:
        print("locked:", rp(cond))
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify(0)
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    items = []
    cs = [asyncio.create_task(consumer(cond, f"c{i}", items)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        items.extend(["a", "b"])
        cond.notify_all()
    await asyncio.sleep(0.1)
    print("pending consumers:", sum(not c.done() for c in cs))
    async with cond:
        items.append("c")
        cond.notify(1)
    await asyncio.gather(*cs)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print("shared lock locked:", lock.locked())
    r = await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, "x")), 1)
    print(r)

asyncio.run(main())
