"""Pub/sub: a Condition-backed broadcast channel plus an Event to signal shutdown."""
import asyncio
from collections import deque


class Channel:
    def __init__(self) -> None:
        self._cond = asyncio.Condition()
        self._messages: list[str] = []
        self.closed = asyncio.Event()

    async def publish(self, msg: str) -> None:
        async with self._cond:
            self._messages.append(msg)
            self._cond.notify_all()

    async def close(self) -> None:
        self.closed.set()
        async with self._cond:
            self._cond.notify_all()

    async def subscribe(self, name: str):
        index = 0
        while True:
            async with self._cond:
                await self._cond.wait_for(
                    lambda: index < len(self._messages) or self.closed.is_set())
                if index >= len(self._messages):
                    return
                batch = self._messages[index:]
                index = len(self._messages)
            for m in batch:
                yield m


async def subscriber(name: str, ch: Channel, log: deque) -> int:
    count = 0
    async for msg in ch.subscribe(name):
        count += 1
        log.append(f"{name}<-{msg}")
        if name == "slow":
            await asyncio.sleep(0.02)
    log.append(f"{name} closed after {count}")
    return count


async def publisher(ch: Channel) -> None:
    for i in range(5):
        await ch.publish(f"m{i}")
        await asyncio.sleep(0.01 if i % 2 else 0)
    await ch.close()


async def main():
    ch = Channel()
    log: deque[str] = deque()
    subs = [asyncio.create_task(subscriber(n, ch, log), name=f"sub-{n}") for n in ("fast", "slow", "mid")]
    await asyncio.sleep(0)
    await publisher(ch)
    counts = await asyncio.gather(*subs)
    for line in log:
        print(line)
    print("counts:", dict(zip(("fast", "slow", "mid"), counts)))
    print("closed:", ch.closed.is_set())


asyncio.run(main())
