import asyncio


async def job(name, ticks, fail=False):
    for _ in range(ticks):
        await asyncio.sleep(0)
    if fail:
        print(name, "raising")
        raise RuntimeError(name)
    print(name, "ok")
    return name


def names(ts):
    return sorted(t.get_name() for t in ts)


async def main():
    ts = [asyncio.create_task(job("a", 1), name="a"),
          asyncio.create_task(job("b", 2, True), name="b"),
          asyncio.create_task(job("c", 8), name="c")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("done", names(done), "pending", names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    ts2 = [asyncio.create_task(job("x", 1), name="x"), asyncio.create_task(job("y", 2), name="y")]
    done, pending = await asyncio.wait(ts2, return_when=asyncio.FIRST_EXCEPTION)
    print("no exception -> all:", names(done), names(pending))
    await asyncio.wait([ts[2]])
    print("c done:", ts[2].done())


asyncio.run(main())
