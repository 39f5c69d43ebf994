import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.timeout(None)
    print("created:", repr(t), t.when(), t.expired())
    async with t as cm:
        print("same object:", cm is t)
        print("entered:", repr(t))
        t.reschedule(loop.time() + 1.23456)
        print("rescheduled:", repr(t).replace(str(round(t.when(), 3)), "W"))
        t.reschedule(None)
        print("unscheduled:", repr(t))
        await asyncio.sleep(0.5)
    print("exited:", repr(t), t.expired())
    try:
        t.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    t2 = asyncio.timeout(0.1)
    try:
        t2.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with t2:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__)
    print("expired:", repr(t2), t2.expired())
    past = asyncio.timeout_at(loop.time() - 10)
    try:
        async with past:
            print("body runs before the past deadline fires")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline -> TimeoutError", past.expired())
    async with asyncio.timeout_at(loop.time() - 10):
        print("no await: no timeout")
    async with asyncio.timeout(0):
        print("timeout(0) without await ok")
    print("task cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
