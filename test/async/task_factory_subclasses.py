# A task factory that makes a Task subclass, and a Future subclass awaited by tasks: overridden
# methods are called by the loop and by the awaiting task.
import asyncio


class TracedTask(asyncio.Task):
    def cancel(self, msg=None):
        print(f"  TracedTask.cancel({msg!r}) on {self.get_name()}")
        return super().cancel(msg)

    def add_done_callback(self, fn, *, context=None):
        print(f"  add_done_callback on {self.get_name()}")
        super().add_done_callback(fn, context=context)


class LoudFuture(asyncio.Future):
    def add_done_callback(self, fn, *, context=None):
        print("  LoudFuture.add_done_callback")
        super().add_done_callback(fn, context=context)

    def cancel(self, msg=None):
        print("  LoudFuture.cancel", msg)
        return super().cancel(msg)

    def __repr__(self):
        return "<LoudFuture>"


def factory(loop, coro, **kwargs):
    return TracedTask(coro, loop=loop, **kwargs)


async def waiter(fut):
    return await fut


async def main():
    loop = asyncio.get_running_loop()
    print("factory:", loop.get_task_factory())
    loop.set_task_factory(factory)
    print("factory set:", loop.get_task_factory() is factory)
    f = LoudFuture()
    t = asyncio.create_task(waiter(f), name="w1")
    print("type:", type(t).__name__)
    await asyncio.sleep(0)
    loop.call_soon(f.set_result, "value")
    print("result:", await t)
    f2 = LoudFuture()
    t2 = asyncio.create_task(waiter(f2), name="w2")
    await asyncio.sleep(0)
    t2.cancel("stop")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("cancelled:", e.args, f2.cancelled())
    g = await asyncio.gather(asyncio.sleep(0, "a"), asyncio.sleep(0, "b"))
    print("gather:", g)
    loop.set_task_factory(None)
    print("plain again:", type(asyncio.create_task(asyncio.sleep(0))).__name__)
    try:
        loop.set_task_factory(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
