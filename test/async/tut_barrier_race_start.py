"""Runners gather at an asyncio.Barrier, then race; the barrier's action reports the round."""
import asyncio
import random


async def runner(name: str, barrier: asyncio.Barrier, speed: float, finish: list) -> None:
    print(f"{name} at the start line")
    idx = await barrier.wait()
    if idx == 0:
        print(f"  {name} got index 0 and fires the gun")
    await asyncio.sleep(1 / speed)
    finish.append(name)
    await barrier.wait()


async def main():
    random.seed(7)
    names = ["ann", "bo", "cy", "di"]
    speeds = random.sample([10, 20, 30, 40], k=4)
    barrier = asyncio.Barrier(len(names))
    print(repr(barrier).split(" at ")[0], repr(barrier).split(" [")[1])
    finish: list[str] = []
    await asyncio.gather(*(runner(n, barrier, s, finish) for n, s in zip(names, speeds)))
    print("speeds:", dict(zip(names, speeds)))
    for place, n in enumerate(finish, 1):
        print(f"{place}. {n}")
    print("n_waiting:", barrier.n_waiting, "broken:", barrier.broken, "parties:", barrier.parties)


asyncio.run(main())
