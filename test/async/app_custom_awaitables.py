import asyncio
import concurrent.futures
import itertools


class Deferred:
    """A hand-rolled awaitable wrapping a loop future."""

    def __init__(self, loop, label):
        self.label = label
        self._fut = loop.create_future()
        self.awaited = 0

    def resolve(self, value):
        self._fut.set_result(f"{self.label}:{value}")

    def __await__(self):
        self.awaited += 1
        result = yield from self._fut
        return result.upper()


class TracedFuture(asyncio.Future):
    def __init__(self, *, loop=None, tag=""):
        super().__init__(loop=loop)
        self.tag = tag
        self.callbacks_seen = []

    def add_done_callback(self, fn, *, context=None):
        self.callbacks_seen.append(getattr(fn, "__qualname__", type(fn).__name__))
        super().add_done_callback(fn, context=context)


class CountingTask(asyncio.Task):
    created = itertools.count(1)

    def __init__(self, coro, *, loop=None, name=None, context=None):
        n = next(CountingTask.created)
        super().__init__(coro, loop=loop, name=name or f"job-{n}", context=context)


def factory(loop, coro, **kw):
    return CountingTask(coro, loop=loop, **kw)


async def compute(x):
    await asyncio.sleep(0)
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    d = Deferred(loop, "alpha")
    loop.call_soon(d.resolve, 42)
    print(await d, d.awaited)
    try:
        await d
    except RuntimeError as e:
        print("reawait:", e)

    t0 = asyncio.create_task(compute(2))
    t0.request_id = "req-7"
    t0.started = loop.time() >= 0
    t0.add_done_callback(lambda t: print("done cb sees", t.request_id, t.result()))
    print(await t0, t0.request_id, t0.started, hasattr(t0, "__dict__"))
    tf = TracedFuture(loop=loop, tag="t1")
    loop.call_later(0.01, tf.set_result, "traced")
    r = await asyncio.wait_for(tf, 1)
    print(r, tf.tag, isinstance(tf, asyncio.Future), asyncio.isfuture(tf))
    print("callbacks", sorted(set(tf.callbacks_seen)))

    loop.set_task_factory(factory)
    print("factory set", loop.get_task_factory() is factory)
    t = asyncio.create_task(compute(3))
    g = await asyncio.gather(compute(4), compute(5))
    print(type(t).__name__, t.get_name(), await t, g)
    named = asyncio.create_task(compute(6), name="explicit")
    print(named.get_name(), await named)
    print(sorted(x.get_name() for x in asyncio.all_tasks()))
    loop.set_task_factory(None)

    with concurrent.futures.ThreadPoolExecutor(1) as ex:
        cf = ex.submit(pow, 2, 10)
        af = asyncio.wrap_future(cf)
        print("wrapped", await af, isinstance(af, asyncio.Future))
        cf2 = concurrent.futures.Future()
        af2 = asyncio.wrap_future(cf2)
        loop.call_soon(cf2.set_exception, ValueError("from cf"))
        try:
            await af2
        except ValueError as e:
            print("wrapped error", e)

    it = iter([1, 2])
    class Bad:
        def __await__(self):
            return it
    try:
        await Bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
    class NotIter:
        def __await__(self):
            return 5
    try:
        await NotIter()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.gather(compute(1), 5)
    except TypeError as e:
        print("gather TypeError:", e)


asyncio.run(main())
