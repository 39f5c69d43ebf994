# Timeout.reschedule(): to the past (fires on the next iteration), to None (disables),
# after the block has exited (RuntimeError), and when() at each step.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()

    def rel(w):
        return None if w is None else round(w - t0, 2)

    async with asyncio.timeout(None) as cm:
        print("when", rel(cm.when()), "expired", cm.expired())
        cm.reschedule(loop.time() + 10)
        print("when", rel(cm.when()))
        cm.reschedule(None)
        print("when", rel(cm.when()))
        await asyncio.sleep(0.02)
    print("no timeout; expired", cm.expired())

    try:
        async with asyncio.timeout(10) as cm:
            await asyncio.sleep(0.01)
            cm.reschedule(loop.time() - 5)
            print("rescheduled to the past; expired yet?", cm.expired())
            x = 0
            for i in range(1000):
                x += i
            print("no await -> still running", x)
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("timed out at", int((loop.time() - t0) * 20 + 1e-6), "expired", cm.expired())
    for w in (None, loop.time() + 1):
        try:
            cm.reschedule(w)
        except RuntimeError as e:
            print("reschedule after exit:", e)
    c = asyncio.timeout(1)
    try:
        c.reschedule(2)
    except (AssertionError, RuntimeError) as e:
        print("reschedule before enter:", type(e).__name__, e)
    try:
        async with c:
            async with c:
                pass
    except RuntimeError as e:
        print("reenter:", e)
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(0.005)
            cm.reschedule(loop.time() + 0.05)
            await asyncio.sleep(1)
    except TimeoutError:
        print("extended timeout fired at", int((loop.time() - t0) * 20 + 1e-6))


asyncio.run(main())
