# A task awaiting itself, a custom awaitable yielding a non-future ("Task got bad
# yield"), a bare-yield awaitable, and a Future yielded without "yield from".
import asyncio


class BadYield:
    def __await__(self):
        yield 123
        return "never"


class BareYield:
    def __await__(self):
        yield
        return "bare ok"


class YieldsDoneFlaglessFuture:
    def __init__(self, fut):
        self.fut = fut

    def __await__(self):
        self.fut._asyncio_future_blocking = False
        yield self.fut
        return "after"


async def self_await():
    me = asyncio.current_task()
    try:
        await me
    except RuntimeError as e:
        msg = str(e)
        print("self await:", msg[: msg.index("<") + 5], "...", msg.endswith(">"))
        print("task still running:", not me.done())


async def main():
    await asyncio.create_task(self_await())
    try:
        await asyncio.create_task(BadYield().__await__().__next__() and BadYieldWrap())
    except NameError:
        pass
    async def use(aw):
        return await aw
    for aw in (BadYield(), BareYield()):
        t = asyncio.create_task(use(aw))
        try:
            print(type(aw).__name__, "->", await t)
        except RuntimeError as e:
            print(type(aw).__name__, "RuntimeError:", str(e)[:40])
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(use(YieldsDoneFlaglessFuture(f)))
    try:
        await t
    except RuntimeError as e:
        print("flagless future:", str(e).split(" in task")[0])
    print("f done", f.done())


asyncio.run(main())
