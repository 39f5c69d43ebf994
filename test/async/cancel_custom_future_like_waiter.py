# Task.cancel() while the task awaits a Future subclass whose cancel() refuses, and a
# duck-typed future-like object: the cancel is delivered at the next step instead.
import asyncio


class StubbornFuture(asyncio.Future):
    def cancel(self, msg=None):
        print("  StubbornFuture.cancel called with", repr(msg))
        return False


class DuckFuture:
    _asyncio_future_blocking = False

    def __init__(self, loop):
        self._loop = loop
        self._cbs = []
        self._done = False
        self._result = None

    def get_loop(self):
        return self._loop

    def add_done_callback(self, cb, *, context=None):
        print("  DuckFuture.add_done_callback, context given:", context is not None)
        self._cbs.append(cb)

    def remove_done_callback(self, cb):
        return 0

    def cancel(self, msg=None):
        print("  DuckFuture.cancel", repr(msg))
        return False

    def done(self):
        return self._done

    def cancelled(self):
        return False

    def result(self):
        return self._result

    def set_result(self, v):
        self._done = True
        self._result = v
        for cb in self._cbs:
            self._loop.call_soon(cb, self)

    def __await__(self):
        if not self._done:
            self._asyncio_future_blocking = True
            yield self
        return self._result


async def waiter(aw, label):
    try:
        r = await aw
        print(label, "got", r)
        await asyncio.sleep(0)
        print(label, "not cancelled at the next await either")
    except asyncio.CancelledError as e:
        print(label, "cancelled", repr(e))
        raise


async def main():
    loop = asyncio.get_running_loop()
    for label, fut in (("subclass", StubbornFuture()), ("duck", DuckFuture(loop))):
        t = asyncio.create_task(waiter(fut, label))
        await asyncio.sleep(0)
        print(label, "task.cancel ->", t.cancel("msg-" + label), "cancelling", t.cancelling())
        await asyncio.sleep(0)
        print(label, "still waiting", not t.done())
        fut.set_result("value")
        try:
            await t
        except asyncio.CancelledError as e:
            print(label, "task ->", repr(e))
        print(label, "cancelled()", t.cancelled())


asyncio.run(main())
