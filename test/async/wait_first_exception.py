import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        print(name, "raising")
        raise RuntimeError(name)
    print(name, "ok")
    return name


def names(ts):
    return sorted(t.get_name() for t in ts)


async def main():
    ts = [asyncio.create_task(job("a", 0.01), name="a"),
          asyncio.create_task(job("b", 0.02, True), name="b"),
          asyncio.create_task(job("c", 0.05), name="c")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("done", names(done), "pending", names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    ts2 = [asyncio.create_task(job("x", 0.01), name="x"), asyncio.create_task(job("y", 0.02), name="y")]
    done, pending = await asyncio.wait(ts2, return_when=asyncio.FIRST_EXCEPTION)
    print("no exception -> all:", names(done), names(pending))
    await asyncio.wait([ts[2]])
    print("c done:", ts[2].done())


asyncio.run(main())
