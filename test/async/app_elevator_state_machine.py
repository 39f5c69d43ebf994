import asyncio
import enum
from dataclasses import dataclass, field


class State(enum.Enum):
    IDLE = "idle"
    MOVING_UP = "up"
    MOVING_DOWN = "down"
    DOORS_OPEN = "open"
    MAINTENANCE = enum.auto()


@dataclass(frozen=True)
class Call:
    floor: int
    who: str


@dataclass
class Elevator:
    floors: int
    floor: int = 0
    state: State = State.IDLE
    requests: asyncio.Queue = field(default_factory=asyncio.Queue)
    arrived: dict = field(default_factory=dict)
    trail: list = field(default_factory=list)
    idle: asyncio.Event = field(default_factory=asyncio.Event)

    def transition(self, new):
        if new is self.state:
            return
        self.trail.append(f"{self.state.name}->{new.name}@{self.floor}")
        self.state = new

    def event_for(self, floor):
        return self.arrived.setdefault(floor, asyncio.Event())

    async def move_to(self, target):
        while self.floor != target:
            self.transition(State.MOVING_UP if target > self.floor else State.MOVING_DOWN)
            await asyncio.sleep(0)
            self.floor += 1 if target > self.floor else -1
        self.transition(State.DOORS_OPEN)
        ev = self.event_for(target)
        ev.set()
        await asyncio.sleep(0)
        ev.clear()
        self.transition(State.IDLE)

    async def run(self):
        served = []
        while True:
            if self.requests.empty():
                self.idle.set()
            call = await self.requests.get()
            self.idle.clear()
            if call is None:
                self.transition(State.MAINTENANCE)
                return served
            if not 0 <= call.floor < self.floors:
                self.trail.append(f"reject {call}")
                continue
            await self.move_to(call.floor)
            served.append((call.who, call.floor))


async def passenger(elev, name, start, dest, log):
    ev = elev.event_for(start)
    await elev.requests.put(Call(start, name))
    await ev.wait()
    log.append(f"{name} boards at {start}")
    arrived = elev.event_for(dest)
    await elev.requests.put(Call(dest, name))
    await arrived.wait()
    log.append(f"{name} exits at {dest}")
    return name


async def main():
    elev = Elevator(floors=6)
    runner = asyncio.create_task(elev.run(), name="elevator")
    log = []
    ps = [
        passenger(elev, "ann", 0, 4, log),
        passenger(elev, "bob", 3, 1, log),
        passenger(elev, "cid", 5, 0, log),
    ]
    names = await asyncio.gather(*ps)
    await elev.requests.put(Call(9, "ghost"))
    await elev.idle.wait()
    print("idle at", elev.floor, elev.state)
    await elev.requests.put(None)
    served = await runner
    print("names", names)
    for line in log:
        print(line)
    print("served", served)
    print("trail", len(elev.trail))
    for t in elev.trail:
        print(" ", t)
    print(State.MAINTENANCE.value, State("up"), list(State)[:2])
    try:
        State("sideways")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
