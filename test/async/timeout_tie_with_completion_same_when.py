# A timeout and the completion it guards due at exactly the same loop time (call_at with
# one shared `when`): the heap order of equal deadlines decides, per registration order,
# whether the block times out; wait_for() and asyncio.timeout() both checked.
import asyncio


async def guarded_timeout(loop, when, first):
    fut = loop.create_future()
    if first == "completion":
        loop.call_at(when, fut.set_result, "value")
    try:
        async with asyncio.timeout_at(when) as cm:
            if first == "timeout":
                loop.call_at(when, fut.set_result, "value")
            r = await fut
        return "completed " + r + " expired=" + str(cm.expired())
    except TimeoutError:
        return "timed out; fut done=%s" % fut.done()


async def guarded_wait_for(loop, delay, first):
    fut = loop.create_future()
    when = loop.time() + delay
    if first == "completion":
        loop.call_at(when, fut.set_result, "value")
        try:
            return "wait_for -> " + await asyncio.wait_for(fut, delay)
        except TimeoutError:
            return "wait_for timed out"
    async def later():
        await asyncio.sleep(0)
        loop.call_at(when, fut.set_result, "value")
    asyncio.create_task(later())
    try:
        return "wait_for -> " + await asyncio.wait_for(fut, delay)
    except TimeoutError:
        return "wait_for timed out; fut cancelled=%s" % fut.cancelled()


async def main():
    loop = asyncio.get_running_loop()
    for first in ("completion", "timeout"):
        when = loop.time() + 0.05
        print(first, "first:", await guarded_timeout(loop, when, first))
    for first in ("completion", "timeout"):
        print(first, "first:", await guarded_wait_for(loop, 0.05, first))
    # several equal deadlines: which handles run before the timeout's
    when = loop.time() + 0.05
    order = []
    for i in range(5):
        loop.call_at(when, order.append, i)
    try:
        async with asyncio.timeout_at(when):
            for i in range(5, 8):
                loop.call_at(when, order.append, i)
            await asyncio.sleep(1)
    except TimeoutError:
        order.append("timeout")
    await asyncio.sleep(0)
    print(order)


asyncio.run(main())
