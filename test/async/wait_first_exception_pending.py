# asyncio.wait with FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED and timeouts.
import asyncio


async def job(name, d, exc=None):
    await asyncio.sleep(d)
    if exc:
        raise exc
    return name


def names(s):
    return sorted(t.get_name() for t in s)


async def main():
    tasks = [asyncio.create_task(job(f"j{i}", d), name=f"j{i}") for i, d in enumerate([0.3, 0.1, 0.2])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first:", names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=0.15)
    print("timeout:", names(done), names(pending))
    done, pending = await asyncio.wait(pending)
    print("all:", names(done), names(pending))

    tasks = [
        asyncio.create_task(job("ok", 0.05), name="ok"),
        asyncio.create_task(job("bad", 0.1, RuntimeError("bad")), name="bad"),
        asyncio.create_task(job("late", 0.4), name="late"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exc:", names(done), names(pending))
    for t in done:
        if t.exception():
            print(t.get_name(), "raised", repr(t.exception()))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print([t.cancelled() for t in done])

    # FIRST_EXCEPTION with no exceptions waits for all
    ts = [asyncio.create_task(job(i, 0.01 * i)) for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))

    for bad in ([], None):
        try:
            await asyncio.wait(bad or set())
        except ValueError as e:
            print("ValueError:", e)
    coro = asyncio.sleep(0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    await coro
    try:
        await asyncio.wait(ts, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
