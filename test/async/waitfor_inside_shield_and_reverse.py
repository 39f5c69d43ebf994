# wait_for() around shield() (the timeout cancels only the shield's outer future) and
# shield() around wait_for() (the outer cancel leaves the timed wait running).
import asyncio


async def work(d, label):
    try:
        await asyncio.sleep(d)
        print("  work", label, "finished")
        return label
    except asyncio.CancelledError:
        print("  work", label, "cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    inner = asyncio.create_task(work(0.1, "A"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.05)
    except TimeoutError as e:
        print("wait_for(shield) timed out", repr(e), "cause", type(e.__cause__).__name__,
              "inner done", inner.done(), int((loop.time() - t0) * 10 + 1e-6))
    print("inner ->", await inner, int((loop.time() - t0) * 10 + 1e-6))

    timed = asyncio.create_task(asyncio.wait_for(work(0.2, "B"), 0.1))

    async def caller():
        return await asyncio.shield(timed)

    c = asyncio.create_task(caller())
    await asyncio.sleep(0.02)
    c.cancel("caller")
    try:
        await c
    except asyncio.CancelledError as e:
        print("caller cancelled", repr(e), int((loop.time() - t0) * 10 + 1e-6))
    await asyncio.sleep(0.2)
    print("after the shielded wait_for timed out on its own", int((loop.time() - t0) * 10 + 1e-6),
          repr(timed.exception()))


asyncio.run(main())
