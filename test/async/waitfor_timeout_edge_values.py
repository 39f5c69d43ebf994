# wait_for with timeout None, 0, negative, on done futures, on tasks that swallow the
# cancel; whether the inner task was cancelled, and the TimeoutError's cause/context.
import asyncio


async def quick():
    return "quick"


async def slow():
    await asyncio.sleep(1)
    return "slow"


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("  stubborn swallowed")
        return "stubborn value"


async def try_wf(label, aw, timeout):
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        r = await asyncio.wait_for(aw, timeout)
        print(label, "->", r, int((loop.time() - t0) * 20 + 1e-6))
    except asyncio.TimeoutError as e:
        print(label, "-> TimeoutError", repr(e), "cause", repr(e.__cause__),
              "ctx", repr(e.__context__), int((loop.time() - t0) * 20 + 1e-6))


async def main():
    loop = asyncio.get_running_loop()
    await try_wf("quick None", quick(), None)
    await try_wf("quick 0", quick(), 0)
    await try_wf("quick -1", quick(), -1)
    await try_wf("slow 0", slow(), 0)
    await try_wf("slow 0.05", slow(), 0.05)
    f = loop.create_future()
    f.set_result("pre")
    await try_wf("done future 0", f, 0)
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    await try_wf("done task 0", t, 0)
    t = asyncio.create_task(slow())
    await try_wf("task 0", t, 0)
    print("  inner cancelled", t.cancelled())
    await try_wf("stubborn 0", stubborn(), 0)
    await try_wf("stubborn 0.05", stubborn(), 0.05)
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    await try_wf("started stubborn 0", t, 0)
    fe = loop.create_future()
    fe.set_exception(OSError("bad"))
    try:
        await asyncio.wait_for(fe, 0)
    except OSError as e:
        print("failed future 0 ->", repr(e))


asyncio.run(main())
