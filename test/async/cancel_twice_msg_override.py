# Two cancel() calls with different messages: which message reaches the coroutine,
# and how cancelling() counts them, at sleep, at a Future, and before the first step.
import asyncio


async def sleeper(label):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(label, "caught", repr(e), e.args)
        raise


async def fut_waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print("fut_waiter caught", repr(e))
        raise


def show(label, t):
    print(label, "done", t.done(), "cancelled", t.cancelled(), "cancelling", t.cancelling())


async def main():
    t = asyncio.create_task(sleeper("A"))
    await asyncio.sleep(0)
    print("cancel1", t.cancel("first"))
    show("A after 1", t)
    print("cancel2", t.cancel("second"))
    show("A after 2", t)
    try:
        await t
    except asyncio.CancelledError as e:
        print("await A ->", repr(e))
    show("A end", t)
    print("cancel3 on done", t.cancel("third"), t.cancelling())

    t2 = asyncio.create_task(sleeper("B"))
    print("B cancel before start", t2.cancel("early"), t2.cancel("later"))
    show("B", t2)
    await asyncio.sleep(0)
    show("B after one iteration", t2)
    try:
        t2.result()
    except asyncio.CancelledError as e:
        print("B result ->", repr(e))
    try:
        t2.exception()
    except asyncio.CancelledError as e:
        print("B exception ->", repr(e))

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t3 = asyncio.create_task(fut_waiter(fut))
    await asyncio.sleep(0)
    print("C cancel", t3.cancel("x"), "fut cancelled", fut.cancelled())
    print("C cancel again", t3.cancel("y"), "fut cancelled", fut.cancelled())
    show("C", t3)
    await asyncio.sleep(0)
    show("C after", t3)
    try:
        await t3
    except asyncio.CancelledError as e:
        print("await C ->", repr(e))


asyncio.run(main())
