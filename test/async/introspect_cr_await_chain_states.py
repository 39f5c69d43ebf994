# coro.cr_await / cr_running / cr_frame.f_lineno of tasks suspended at different awaits
# (an Event, a Queue, a Lock, a plain Future, another Task, a timed sleep): the chain
# ends at the awaited future's iterator (FutureIter); after a cancel, the chain is gone.
import asyncio


async def inner(ev):
    await ev.wait()
    return 1


async def waiter(ev, q, lock, fut, other):
    await inner(ev)
    await q.get()
    await lock.acquire()
    lock.release()
    await fut
    await other
    await asyncio.sleep(0.05)
    return "done"


def chain(c):
    out = []
    aw = c.cr_await
    while aw is not None:
        out.append(type(aw).__name__ + ("(" + aw.__qualname__ + ")" if hasattr(aw, "__qualname__") else ""))
        aw = getattr(aw, "cr_await", None)
    return out


def show(label, c):
    fr = c.cr_frame
    print(label, "| running", c.cr_running, "| line", fr.f_lineno if fr else None, "|", chain(c),
          "| same object twice:", c.cr_await is c.cr_await)


async def main():
    loop = asyncio.get_running_loop()
    ev, q, lock, fut = asyncio.Event(), asyncio.Queue(), asyncio.Lock(), loop.create_future()
    other = asyncio.create_task(asyncio.sleep(0.01))
    c = waiter(ev, q, lock, fut, other)
    show("created", c)
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    show("event", c)
    ev.set()
    await asyncio.sleep(0)
    show("queue", c)
    await lock.acquire()
    q.put_nowait(1)
    await asyncio.sleep(0)
    show("lock", c)
    lock.release()
    await asyncio.sleep(0)
    show("future", c)
    fut.set_result(None)
    await asyncio.sleep(0)
    show("task", c)
    await other
    await asyncio.sleep(0)
    show("sleep", c)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    show("cancelled", c)


asyncio.run(main())
