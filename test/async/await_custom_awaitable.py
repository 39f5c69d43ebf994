import asyncio


class YieldOnce:
    """__await__ generator with a bare yield: gives the loop one iteration."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        print(self.tag, "before bare yield")
        yield
        print(self.tag, "after bare yield")
        return self.tag.upper()


class WaitFuture:
    def __init__(self, fut):
        self.fut = fut

    def __await__(self):
        print("WaitFuture yielding from future")
        value = yield from self.fut
        return f"wrapped({value})"


async def other():
    print("other task runs while main is suspended")


async def main():
    asyncio.create_task(other())
    r = await YieldOnce("y1")
    print("got", r)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 5)
    print("got", await WaitFuture(fut))
    t = asyncio.create_task(asyncio.sleep(0))
    print("ensure_future on awaitable:", await asyncio.ensure_future(YieldOnce("y2")))
    await t


asyncio.run(main())
