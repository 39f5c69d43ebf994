import asyncio


def rp(o):
    """repr without the address."""
    s = repr(o)
    i = s.find(" object at 0x")
    if i < 0:
        return s
    j = s.find(" ", i + 11)
    return s[:i] + s[j:]

async def party(b, name, delay):
    await asyncio.sleep(delay)
    try:
        idx = await b.wait()
        print(f"{name} passed with index {idx}")
        return idx
    except asyncio.BrokenBarrierError:
        print(f"{name} saw a broken barrier")
        return None

async def main():
    b = asyncio.Barrier(3)
    print(rp(b))
    print("parties", b.parties, "n_waiting", b.n_waiting, "broken", b.broken)
    tasks = [asyncio.create_task(party(b, f"p{i}", i * 0.1)) for i in range(2)]
    await asyncio.sleep(0.15)
    print(rp(b))
    print("n_waiting", b.n_waiting)
    tasks.append(asyncio.create_task(party(b, "p2", 0)))
    print(await asyncio.gather(*tasks))
    print(rp(b))
    waiting = [asyncio.create_task(party(b, f"q{i}", 0)) for i in range(2)]
    await asyncio.sleep(0)
    await b.reset()
    print("after reset:", rp(b), await asyncio.gather(*waiting))
    waiting = [asyncio.create_task(party(b, f"r{i}", 0)) for i in range(2)]
    await asyncio.sleep(0)
    await b.abort()
    print("after abort:", rp(b), b.broken, await asyncio.gather(*waiting))
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", repr(e))
    await b.reset()
    print("reset again:", rp(b))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    async with b as cm:
        pass

async def runner():
    try:
        await asyncio.wait_for(main(), 2)
    except TimeoutError:
        print("TimeoutError: async with waits for 3 parties")

asyncio.run(runner())
