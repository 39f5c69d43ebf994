import asyncio
import enum
import itertools


class Light(enum.IntEnum):
    RED = 0
    GREEN = 1
    YELLOW = 2

    def next(self):
        return Light((self + 1) % 3)


DURATIONS = {Light.RED: 0.06, Light.GREEN: 0.05, Light.YELLOW: 0.02}


class Intersection:
    def __init__(self):
        self.ns = Light.GREEN
        self.ew = Light.RED
        self.changed = asyncio.Condition()
        self.history = []
        self.t0 = asyncio.get_running_loop().time()

    def stamp(self):
        return len(self.history)

    async def controller(self, cycles):
        for _ in range(cycles):
            for road in ("ns", "ew"):
                for _step in range(2):
                    current = getattr(self, road)
                    await asyncio.sleep(DURATIONS[current])
                    async with self.changed:
                        setattr(self, road, current.next())
                        if getattr(self, road) is Light.RED:
                            other = "ew" if road == "ns" else "ns"
                            setattr(self, other, Light.GREEN)
                        self.history.append((self.stamp(), self.ns.name, self.ew.name))
                        self.changed.notify_all()

    async def car(self, cid, road):
        async with self.changed:
            await self.changed.wait_for(lambda: getattr(self, road) is Light.GREEN)
            return cid, road, self.stamp()


async def main():
    x = Intersection()
    ctl = asyncio.create_task(x.controller(2))
    cars = []
    gaps = [0.01, 0.02, 0.03, 0.04, 0]
    for cid, road, gap in zip(itertools.count(1), ["ew", "ns", "ew", "ns", "ew"], gaps):
        cars.append(asyncio.create_task(x.car(cid, road)))
        await asyncio.sleep(gap)
    passed = await asyncio.gather(*cars)
    await ctl
    for h in x.history:
        print(h)
    for p in passed:
        print("car", *p)
    print(Light.YELLOW.next(), Light(1).name, sorted(Light, reverse=True), Light.RED < Light.GREEN)
    print(f"{Light.GREEN}", str(Light.GREEN), repr(Light.YELLOW), int(Light.YELLOW) + 1)


asyncio.run(main())
