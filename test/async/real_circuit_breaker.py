"""Circuit breaker around a flaky async service (closed -> open -> half-open)."""
import asyncio
from enum import Enum


class State(Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half-open"


class CircuitOpen(Exception):
    pass


class Breaker:
    def __init__(self, threshold, cooldown_ticks):
        self.state = State.CLOSED
        self.failures = 0
        self.threshold = threshold
        self.cooldown = cooldown_ticks
        self.opened_at = None
        self.tick = 0
        self.transitions = []

    def _move(self, new):
        self.transitions.append(f"tick {self.tick}: {self.state.value} -> {new.value}")
        self.state = new

    async def call(self, fn, *args):
        if self.state is State.OPEN:
            if self.tick - self.opened_at >= self.cooldown:
                self._move(State.HALF_OPEN)
            else:
                raise CircuitOpen(f"open since tick {self.opened_at}")
        try:
            result = await fn(*args)
        except Exception:
            self.failures += 1
            if self.state is State.HALF_OPEN or self.failures >= self.threshold:
                self._move(State.OPEN)
                self.opened_at = self.tick
            raise
        else:
            if self.state is State.HALF_OPEN:
                self._move(State.CLOSED)
            self.failures = 0
            return result


async def service(tick):
    await asyncio.sleep(0)
    if 3 <= tick < 9 or tick == 12:
        raise ConnectionError(f"service down at tick {tick}")
    return f"pong {tick}"


async def main():
    br = Breaker(threshold=2, cooldown_ticks=3)
    for tick in range(18):
        br.tick = tick
        try:
            r = await br.call(service, tick)
            print(f"tick {tick:2}: {r}")
        except CircuitOpen as e:
            print(f"tick {tick:2}: rejected ({e})")
        except ConnectionError as e:
            print(f"tick {tick:2}: error ({e}) state={br.state.value}")
    print("transitions:")
    for t in br.transitions:
        print("  ", t)


asyncio.run(main())
