"""Supervisor that restarts crashed workers: asyncio.wait(FIRST_EXCEPTION) in a loop, restart
budget per worker, then a final summary; Counter of restarts."""
import asyncio
from collections import Counter


class Crash(Exception):
    pass


async def worker(name: str, lifetime: float, crash: bool) -> str:
    await asyncio.sleep(lifetime)
    if crash:
        raise Crash(f"{name} crashed after {lifetime}s")
    return f"{name} finished"


async def supervise(specs: dict[str, list[tuple[float, bool]]], max_restarts: int) -> None:
    restarts: Counter[str] = Counter()
    plans = {name: list(runs) for name, runs in specs.items()}
    running = {asyncio.create_task(worker(n, *plans[n].pop(0)), name=n) for n in plans}
    finished, gave_up = [], []
    while running:
        done, running = await asyncio.wait(running, return_when=asyncio.FIRST_EXCEPTION)
        for t in sorted(done, key=lambda t: t.get_name()):
            name = t.get_name()
            exc = t.exception()
            if exc is None:
                finished.append(t.result())
            elif restarts[name] < max_restarts and plans[name]:
                restarts[name] += 1
                print(f"restart #{restarts[name]} of {name}: {exc}")
                running.add(asyncio.create_task(worker(name, *plans[name].pop(0)), name=name))
            else:
                gave_up.append(name)
                print(f"giving up on {name}: {exc!r}")
    print("finished:", finished)
    print("gave up:", gave_up)
    print("restarts:", sorted(restarts.items()))


async def main():
    await supervise({
        "alpha": [(0.02, True), (0.04, True), (0.06, False)],
        "beta": [(0.1, False)],
        "gamma": [(0.03, True), (0.05, True), (0.07, True), (0.09, True)],
    }, max_restarts=2)


asyncio.run(main())
