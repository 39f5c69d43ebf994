import asyncio


class Heartbeat:
    def __init__(self, loop, interval, limit):
        self.loop = loop
        self.interval = interval
        self.limit = limit
        self.beats = 0
        self.handle = None

    def start(self):
        self.handle = self.loop.call_soon(self._beat)

    def _beat(self):
        self.beats += 1
        print("beat", self.beats)
        if self.beats >= self.limit:
            print("limit reached, stopping loop")
            self.loop.stop()
            return
        self.handle = self.loop.call_later(self.interval, self._beat)


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"], type(exc).__name__ if exc else None, exc)


async def failing():
    await asyncio.sleep(0)
    raise RuntimeError("background failure")


async def counter(n):
    total = 0
    for i in range(n):
        total += i
        await asyncio.sleep(0)
    return total


def part1():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(handler)
    hb = Heartbeat(loop, 0.02, 3)
    hb.start()
    loop.call_soon(lambda: 1 / 0)
    t = loop.create_task(counter(5))
    loop.run_forever()
    print("after run_forever: task done", t.done(), t.result())
    print("is_running", loop.is_running(), "closed", loop.is_closed())
    f = loop.create_task(failing())
    try:
        loop.run_until_complete(f)
    except RuntimeError as e:
        print("run_until_complete raised", e)
    print(loop.run_until_complete(counter(4)))
    loop.close()
    print("closed", loop.is_closed())
    try:
        loop.run_until_complete(counter(1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    asyncio.set_event_loop(None)


def part2():
    with asyncio.Runner() as runner:
        loop = runner.get_loop()
        loop.set_exception_handler(handler)
        print(runner.run(counter(3)))
        bg = loop.create_task(failing())
        print(runner.run(counter(6)))
        print("bg done", bg.done(), type(bg.exception()).__name__)
        print(runner.run(asyncio.sleep(0.01, "slept")))
        try:
            runner.run(asyncio.wait_for(asyncio.sleep(1), 0.01))
        except asyncio.TimeoutError:
            print("runner timeout")
    print("runner closed loop", loop.is_closed())
    try:
        runner.run(counter(1))
    except RuntimeError as e:
        print("RuntimeError:", e)


part1()
part2()
print(asyncio.run(counter(10)))
