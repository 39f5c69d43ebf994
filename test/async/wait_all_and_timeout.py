import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


def names(ts):
    return sorted(t.get_name() for t in ts)


async def main():
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in [("p", 0.01), ("q", 0.02), ("r", 0.2)]]
    done, pending = await asyncio.wait(ts, timeout=0.05)
    print("after timeout: done", names(done), "pending", names(pending))
    print("no exception raised on timeout; r still running:", not ts[2].done())
    done, pending = await asyncio.wait(ts, return_when=asyncio.ALL_COMPLETED)
    print("all:", names(done), names(pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(ts, return_when="bogus")
    except ValueError as e:
        print("ValueError:", e)
    c = job("coro", 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
        c.close()


asyncio.run(main())
