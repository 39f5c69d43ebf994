"""Custom awaitables: a class with __await__ delegating to asyncio.sleep, and a countdown latch."""
import asyncio


class Delay:
    def __init__(self, seconds: float, value=None) -> None:
        self.seconds = seconds
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value

    def __repr__(self) -> str:
        return f"Delay({self.seconds})"


class CountDownLatch:
    def __init__(self, count: int) -> None:
        self.count = count
        self._event = asyncio.Event()

    def count_down(self) -> None:
        self.count -= 1
        if self.count <= 0:
            self._event.set()

    def __await__(self):
        return self._event.wait().__await__()


async def worker(i: int, latch: CountDownLatch) -> str:
    value = await Delay(0.01 * (3 - i), f"w{i}")
    latch.count_down()
    print(f"{value} counted down, remaining {latch.count}")
    return value


async def main():
    print(await Delay(0.01, "plain await"))
    fut = asyncio.ensure_future(Delay(0.02, "ensure_future on awaitable"))
    print(type(fut).__name__, await fut)
    latch = CountDownLatch(3)
    tasks = [asyncio.create_task(worker(i, latch)) for i in range(3)]
    await latch
    print("latch released, count =", latch.count)
    print(await asyncio.gather(*tasks, Delay(0, "gathered")))
    try:
        await asyncio.wait_for(Delay(1, "too slow"), 0.01)
    except asyncio.TimeoutError:
        print("Delay timed out")
    try:
        asyncio.create_task(Delay(0))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
