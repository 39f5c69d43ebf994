# asyncio.timeout when the task is also cancelled from outside; uncancel bookkeeping; a timeout
# that expires while the body handles CancelledError and swallows it.
import asyncio


async def body(label, swallow=False):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(label, "body cancelled", asyncio.current_task().cancelling())
        if not swallow:
            raise
    return "body finished"


async def with_timeout(label, delay, swallow=False):
    try:
        async with asyncio.timeout(delay) as cm:
            r = await body(label, swallow)
            print(label, "got", r, "expired", cm.expired())
    except TimeoutError:
        print(label, "TimeoutError; cancelling =", asyncio.current_task().cancelling())
    return label


async def main():
    print(await with_timeout("a", 0.05))
    print(await with_timeout("b", 0.05, swallow=True))

    t = asyncio.create_task(with_timeout("c", 0.5))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("c cancelled from outside (not a timeout)")

    # External cancel and timeout in the same iteration: the CancelledError wins
    async def both():
        try:
            async with asyncio.timeout(0.05):
                await asyncio.sleep(1)
        except TimeoutError:
            print("timeout seen")
            return "timeout"
    t2 = asyncio.create_task(both())
    asyncio.get_running_loop().call_later(0.05, t2.cancel)
    try:
        print(await t2)
    except asyncio.CancelledError:
        print("both: cancelled")

    # wait_for inside timeout
    try:
        async with asyncio.timeout(0.2):
            await asyncio.wait_for(asyncio.sleep(1), 0.05)
    except TimeoutError as e:
        print("inner wait_for timeout:", type(e).__name__)


asyncio.run(main())
