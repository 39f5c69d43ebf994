# A periodic job driven by loop.call_later that reschedules itself, and a debouncer that keeps
# cancelling and re-arming a TimerHandle; both report through futures.
import asyncio


class Periodic:
    def __init__(self, loop, interval, func, times):
        self.loop, self.interval, self.func, self.left = loop, interval, func, times
        self.handle = None
        self.finished = loop.create_future()

    def start(self):
        self.handle = self.loop.call_later(self.interval, self._tick)

    def _tick(self):
        self.func(self.left)
        self.left -= 1
        if self.left:
            self.handle = self.loop.call_later(self.interval, self._tick)
        else:
            self.finished.set_result("periodic done")

    def stop(self):
        if self.handle and not self.handle.cancelled():
            self.handle.cancel()
            print("periodic stopped early; handle cancelled:", self.handle.cancelled())


class Debouncer:
    def __init__(self, loop, delay, action):
        self.loop, self.delay, self.action = loop, delay, action
        self.handle = None
        self.calls = 0

    def trigger(self, value):
        self.calls += 1
        if self.handle is not None:
            self.handle.cancel()
        self.handle = self.loop.call_later(self.delay, self.action, value, self.calls)


async def main():
    global T0
    loop = asyncio.get_running_loop()
    T0 = loop.time()
    # (Times are not printed: CPython's clock drifts under load.)
    p = Periodic(loop, 0.25, lambda left: print("tick,", left, "left"), 4)
    p.start()
    fired = []
    d = Debouncer(loop, 0.3, lambda v, n: fired.append((v, n)))
    for i, gap in enumerate([0.1, 0.1, 0.1, 0.5, 0.05, 0.6]):
        d.trigger(f"event{i}")
        await asyncio.sleep(gap)
    print(await p.finished)
    print("debounced:", fired)
    p2 = Periodic(loop, 0.2, lambda left: print("p2 tick,", left, "left"), 10)
    p2.start()
    await asyncio.sleep(0.5)
    p2.stop()
    await asyncio.sleep(0.5)
    print("p2 finished:", p2.finished.done())

asyncio.run(main())
