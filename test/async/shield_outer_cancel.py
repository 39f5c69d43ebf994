# shield: the outer await is cancelled while the inner work keeps running to completion.
import asyncio


async def important(log):
    log.append("start")
    await asyncio.sleep(0.1)
    log.append("end")
    return "saved"


async def main():
    log = []
    inner = asyncio.create_task(important(log))

    async def caller():
        try:
            return await asyncio.shield(inner)
        except asyncio.CancelledError:
            print("caller cancelled; inner done?", inner.done())
            raise
    c = asyncio.create_task(caller())
    await asyncio.sleep(0.01)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("c cancelled", c.cancelled())
    print("inner result", await inner, log)

    # shield of an already-done future returns it directly
    f = asyncio.get_running_loop().create_future()
    f.set_result(5)
    print(asyncio.shield(f) is f)

    # Cancelling the inner task propagates to the shield's outer future
    inner2 = asyncio.create_task(important([]))
    outer = asyncio.shield(inner2)
    await asyncio.sleep(0)
    inner2.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled too:", outer.cancelled())

    # The inner raising propagates through the shield
    async def fails():
        await asyncio.sleep(0)
        raise LookupError("nope")
    try:
        await asyncio.shield(fails())
    except LookupError as e:
        print("LookupError", e)

    # wait_for + shield: timeout cancels the shield, not the work
    work = asyncio.create_task(important(log))
    try:
        await asyncio.wait_for(asyncio.shield(work), 0.02)
    except asyncio.TimeoutError:
        print("timed out, work cancelled?", work.cancelled())
    print(await work)


asyncio.run(main())
