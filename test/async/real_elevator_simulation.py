import asyncio
from dataclasses import dataclass, field
from enum import Enum, auto


class Dir(Enum):
    UP = auto()
    DOWN = auto()
    IDLE = auto()


@dataclass
class Request:
    who: str
    src: int
    dst: int
    done: asyncio.Event = field(default_factory=asyncio.Event, repr=False)


class Elevator:
    def __init__(self, name):
        self.name = name
        self.floor = 0
        self.dir = Dir.IDLE
        self.requests = asyncio.Queue()
        self.log = []

    async def move_to(self, target):
        while self.floor != target:
            self.dir = Dir.UP if target > self.floor else Dir.DOWN
            await asyncio.sleep(0.04)
            self.floor += 1 if self.dir is Dir.UP else -1
        self.dir = Dir.IDLE

    async def run(self):
        while True:
            req = await self.requests.get()
            await self.move_to(req.src)
            self.log.append(f"{self.name} picked {req.who} at {req.src}")
            await self.move_to(req.dst)
            self.log.append(f"{self.name} dropped {req.who} at {req.dst}")
            req.done.set()
            self.requests.task_done()


async def passenger(elev, who, src, dst, delay):
    await asyncio.sleep(delay)
    req = Request(who, src, dst)
    print(f"{who} calls {elev.name}: {req}")
    await elev.requests.put(req)
    await req.done.wait()
    return who


async def main():
    a, b = Elevator("A"), Elevator("B")
    runners = [asyncio.create_task(e.run(), name=f"elev-{e.name}") for e in (a, b)]
    riders = await asyncio.gather(
        passenger(a, "ann", 0, 5, 0.0),
        passenger(b, "bo", 3, 1, 0.013),
        passenger(a, "cy", 2, 0, 0.027),
    )
    print("arrived:", riders)
    await asyncio.gather(a.requests.join(), b.requests.join())
    for r in runners:
        r.cancel()
    await asyncio.gather(*runners, return_exceptions=True)
    print(*a.log, sep="\n")
    print(*b.log, sep="\n")
    print(a.floor, b.floor, a.dir, b.dir.name)


asyncio.run(main())
