import asyncio


async def party(b, name):
    try:
        await b.wait()
        print(name, "passed")
    except asyncio.BrokenBarrierError:
        print(name, "BrokenBarrierError")


async def main():
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(b, n)) for n in ("p", "q")]
    await asyncio.sleep(0)
    print("n_waiting:", b.n_waiting, "broken:", b.broken)
    await b.abort()
    await asyncio.gather(*ts)
    print("broken:", b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError:
        print("wait on broken barrier raises")
    await b.reset()
    print("after reset broken:", b.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
