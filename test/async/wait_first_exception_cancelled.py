import asyncio

async def job(name, d, how=None):
    await asyncio.sleep(d)
    if how == "fail":
        raise KeyError(name)
    if how == "cancel":
        raise asyncio.CancelledError()
    return name

def names(ts):
    return sorted(t.get_name() for t in ts)

async def main():
    ts = [asyncio.create_task(job("a", 0.1, "cancel"), name="a"),
          asyncio.create_task(job("b", 0.2), name="b"),
          asyncio.create_task(job("c", 0.3, "fail"), name="c"),
          asyncio.create_task(job("d", 0.4), name="d")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION:", names(done), names(pending))
    print("a cancelled:", ts[0].cancelled(), "c exc:", repr(ts[2].exception()))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    print("no more exceptions:", names(done), names(pending))
    t = asyncio.create_task(job("e", 0.1), name="e")
    t.cancel()
    done, pending = await asyncio.wait([t], return_when=asyncio.FIRST_COMPLETED)
    print("cancelled counts as done:", names(done))
    slow = asyncio.create_task(job("slow", 10), name="slow")
    waiter = asyncio.create_task(asyncio.wait([slow]))
    await asyncio.sleep(0.1)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("wait() cancelled; slow still running:", not slow.done())
    slow.cancel()
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.1, fut.set_exception, OSError("io"))
    done, _ = await asyncio.wait([fut], return_when=asyncio.FIRST_EXCEPTION)
    print("future exception:", repr(done.pop().exception()))

asyncio.run(main())
