"""Traffic light state machine (Enum + dict transitions) with cars waiting on an Event per colour."""
import asyncio
from enum import Enum


class Light(Enum):
    RED = "red"
    GREEN = "green"
    YELLOW = "yellow"

    def next(self) -> "Light":
        order = list(Light)
        return {Light.RED: Light.GREEN, Light.GREEN: Light.YELLOW}.get(self, order[0])


DURATIONS = {Light.RED: 0.04, Light.GREEN: 0.03, Light.YELLOW: 0.02}
# Cars arrive at least 10 ms away from every change of light (0.04, 0.07, 0.09, 0.13, ...).
ARRIVALS = [0.0, 0.01, 0.02, 0.03, 0.05, 0.06, 0.08, 0.10, 0.11, 0.12]


async def controller(green: asyncio.Event, cycles: int, log: list) -> None:
    state = Light.RED
    for _ in range(cycles):
        log.append(state.name)
        if state is Light.GREEN:
            green.set()
        else:
            green.clear()
        await asyncio.sleep(DURATIONS[state])
        state = state.next()
    green.set()


async def car(name: str, arrive: float, green: asyncio.Event, passed: list) -> None:
    await asyncio.sleep(arrive)
    waited = not green.is_set()
    await green.wait()
    passed.append(f"{name}{'*' if waited else ''}")


async def main():
    green = asyncio.Event()
    log: list[str] = []
    passed: list[str] = []
    cars = [car(f"car{i}", ARRIVALS[i], green, passed) for i in range(10)]
    await asyncio.gather(controller(green, 7, log), *cars)
    print(" -> ".join(log))
    print("passed (* = had to wait):", passed)
    print([l.value for l in Light], Light("yellow").next(), Light.RED.next().next())


asyncio.run(main())
