# asyncio.wait() cancelled from outside does not cancel the awaited tasks; FIRST_EXCEPTION
# ignores cancelled children; timeout=0 returns at once with everything pending.
import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    return name


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    tasks = [asyncio.create_task(job("a", 0.05)), asyncio.create_task(job("b", 0.1))]
    w = asyncio.create_task(asyncio.wait(tasks))
    await asyncio.sleep(0.01)
    w.cancel("stop waiting")
    try:
        await w
    except asyncio.CancelledError as e:
        print("wait cancelled", repr(e))
    print("children cancelled?", [t.cancelled() for t in tasks], "done?", [t.done() for t in tasks])
    done, pending = await asyncio.wait(tasks, timeout=0)
    print("timeout=0:", len(done), len(pending), int((loop.time() - t0) * 10 + 1e-6))
    await asyncio.wait(tasks)
    print("all done", [t.result() for t in tasks], int((loop.time() - t0) * 10 + 1e-6))

    c = asyncio.create_task(job("c", 0.02))
    e = asyncio.create_task(job("e", 0.05, fail=True))
    s = asyncio.create_task(job("s", 0.2))
    c.cancel()
    done, pending = await asyncio.wait([c, e, s], return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION done:", sorted(t.get_name() == c.get_name() and "c" or t.get_name() == e.get_name() and "e" or "s" for t in done),
          "pending:", len(pending), int((loop.time() - t0) * 10 + 1e-6))
    s.cancel()
    try:
        await asyncio.wait([])
    except ValueError as ex:
        print("empty:", ex)
    try:
        await asyncio.wait([c], return_when="bogus")
    except ValueError as ex:
        print("bad return_when:", ex)
    co = job("co", 0)
    try:
        await asyncio.wait([co])
    except TypeError as ex:
        print("coroutine:", ex)
        co.close()
    print(repr(e.exception()))


asyncio.run(main())
