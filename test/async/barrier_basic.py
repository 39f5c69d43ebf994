import asyncio


async def party(barrier, name, d):
    await asyncio.sleep(d)
    print(name, "arrives; n_waiting before:", barrier.n_waiting)
    idx = await barrier.wait()
    print(name, "passed with index", idx)
    return idx


async def main():
    b = asyncio.Barrier(3)
    print("parties:", b.parties, "broken:", b.broken)
    res = await asyncio.gather(party(b, "a", 0.02), party(b, "b", 0), party(b, "c", 0.01))
    print("indices:", res)
    print("second cycle")
    res = await asyncio.gather(*(party(b, n, 0) for n in "xyz"))
    print("indices:", res, "n_waiting:", b.n_waiting)
    async with b as maybe:
        pass
    print("unreachable")


async def runner():
    try:
        await asyncio.wait_for(main(), 0.2)
    except TimeoutError:
        print("async with on 3-party barrier alone blocks -> timeout")


asyncio.run(runner())
