"""Periodic jobs two ways: a self-rescheduling loop.call_later callback (TimerHandle, cancel,
when()) and an async loop with drift compensation; stop both with an Event."""
import asyncio


class Periodic:
    def __init__(self, loop: asyncio.AbstractEventLoop, interval: float, fn, *args) -> None:
        self.loop = loop
        self.interval = interval
        self.fn = fn
        self.args = args
        self.handle: asyncio.TimerHandle | None = None
        self.runs = 0

    def start(self) -> None:
        self._schedule(self.loop.time() + self.interval)

    def _schedule(self, when: float) -> None:
        self.handle = self.loop.call_at(when, self._run, when)

    def _run(self, when: float) -> None:
        self.runs += 1
        self.fn(*self.args, self.runs)
        self._schedule(when + self.interval)

    def stop(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            print(f"stopped after {self.runs} runs; handle cancelled={self.handle.cancelled()}")


async def ticker(name: str, interval: float, stop: asyncio.Event, log: list) -> int:
    loop = asyncio.get_running_loop()
    next_at = loop.time() + interval
    n = 0
    while not stop.is_set():
        await asyncio.sleep(max(0.0, next_at - loop.time()))
        n += 1
        log.append(f"{name}#{n}")
        next_at += interval
    return n


async def main():
    loop = asyncio.get_running_loop()
    log: list[str] = []
    p = Periodic(loop, 0.03, lambda tag, n: log.append(f"{tag}#{n}"), "cb")
    p.start()
    print("handle type:", type(p.handle).__name__, "scheduled in future:", p.handle.when() > loop.time())
    stop = asyncio.Event()
    t = asyncio.create_task(ticker("async", 0.05, stop, log))
    await asyncio.sleep(0.13)
    p.stop()
    stop.set()
    print("async ticks:", await t)
    print(" ".join(log))
    h = loop.call_later(10, print, "never")
    print(repr(h).startswith("<TimerHandle when="), h.cancelled())
    h.cancel()
    print(h.cancelled(), "cancelled" in repr(h))


asyncio.run(main())
