# asyncio 3.11 still treats plain generators as coroutines: iscoroutine() says so, tasks run
# them, and asyncio.wait() refuses a generator expression as its argument.
import asyncio
import collections.abc


def old_style(n):
    for i in range(n):
        print("old_style step", i)
        yield
    return n * 100


class ManualCoro:
    """A collections.abc.Coroutine by its methods, not by inheritance."""
    def __init__(self):
        self.sent = []
    def send(self, v):
        self.sent.append(v)
        if len(self.sent) > 2:
            raise StopIteration("manual done")
        return None
    def throw(self, *args):
        raise args[0]
    def close(self):
        pass
    def __await__(self):
        return self


async def main():
    g = old_style(2)
    print("iscoroutine(generator):", asyncio.iscoroutine(g))
    print("abc Coroutine:", isinstance(ManualCoro(), collections.abc.Coroutine), asyncio.iscoroutine(ManualCoro()))
    t = asyncio.create_task(g, name="gen-task")
    other = asyncio.create_task(asyncio.sleep(0, "sleep"))
    print("result:", await t, await other)
    print(repr(t).split(" coro=")[0])
    m = ManualCoro()
    mt = asyncio.ensure_future(m)
    print("manual:", await mt, m.sent)
    print("gather:", await asyncio.gather(old_style(1), old_style(3)))
    try:
        await asyncio.wait(x for x in [t])
    except TypeError as e:
        print("TypeError:", e)
    async def agen():
        yield 1
    print("async generator:", asyncio.iscoroutine(agen()))
    ag = agen()
    nxt = ag.asend(None)
    print("asend awaitable:", asyncio.iscoroutine(nxt))
    print("value:", await nxt)
    await ag.aclose()

asyncio.run(main())


async def reprs():
    mt = asyncio.ensure_future(ManualCoro(), loop=asyncio.get_running_loop())
    print(repr(mt))
    await mt
    print(repr(mt))
    async def agen():
        yield 1
    ag = agen()
    at = asyncio.ensure_future(ag.asend(None))
    print(repr(at))
    print(await at)
    await ag.aclose()
    g = asyncio.ensure_future(old_style(1))
    print(repr(g).replace(__file__, "FILE"))
    await g
    print(repr(g).replace(__file__, "FILE"))

asyncio.run(reprs())
