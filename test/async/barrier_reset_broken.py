# Barrier: wait returns indices, reset breaks waiters, abort makes it unusable.
import asyncio


async def party(b, name, delay):
    await asyncio.sleep(delay)
    try:
        idx = await b.wait()
        print(name, "passed with index", idx, "n_waiting", b.n_waiting)
        return idx
    except asyncio.BrokenBarrierError:
        print(name, "broken")
        return None


async def main():
    b = asyncio.Barrier(3)
    print(repr(b).split("[")[1])
    res = await asyncio.gather(*(party(b, f"p{i}", i * 0.01) for i in range(3)))
    print(sorted(res), b.broken, b.parties)

    t1 = asyncio.create_task(party(b, "x", 0))
    t2 = asyncio.create_task(party(b, "y", 0))
    await asyncio.sleep(0.01)
    print("waiting:", b.n_waiting, repr(b).split("[")[1])
    await b.reset()
    print(await t1, await t2, "broken after reset:", b.broken)

    t3 = asyncio.create_task(party(b, "z", 0))
    await asyncio.sleep(0.01)
    await b.abort()
    print(await t3, b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", repr(e), e.args)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

    # async with yields the index too
    b2 = asyncio.Barrier(2)
    async def use():
        async with b2 as pos:
            return pos
    print(sorted(await asyncio.gather(use(), use())))


asyncio.run(main())
