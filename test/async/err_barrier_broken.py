import asyncio


async def party(b, i):
    try:
        pos = await b.wait()
        print(i, "passed", pos)
    except asyncio.BrokenBarrierError as e:
        print(i, "broken", repr(e), b.broken)


async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    tasks = [asyncio.create_task(party(b, i)) for i in range(2)]
    await asyncio.sleep(0)
    print("waiting", b.n_waiting)
    await b.abort()
    await asyncio.gather(*tasks)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("main broken", type(e).__mro__[1].__name__)
    await b.reset()
    print("after reset", b.broken, b.n_waiting)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(party(b2, 9))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("after cancel", b2.n_waiting, b2.broken, t.cancelled())
    b3 = asyncio.Barrier(1)
    async with b3 as pos:
        print("async with", pos)
    await b.abort()
    await b.wait()


asyncio.run(main())
