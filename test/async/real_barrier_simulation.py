"""Lock-step simulation: agents compute each round, synchronise on a Barrier."""
import asyncio
import random

random.seed(11)
ROUNDS = 4


class World:
    def __init__(self, names):
        self.positions = {n: 0 for n in names}
        self.pending = {}
        self.barrier = asyncio.Barrier(len(names) + 1)
        self.round_log = []


async def agent(world, name, speed):
    for r in range(ROUNDS):
        step = speed + random.randint(0, 2)
        for _ in range(step % 3):
            await asyncio.sleep(0)
        world.pending[name] = step
        idx = await world.barrier.wait()
        if idx == 0:
            world.round_log.append(f"round {r}: {name} got barrier index 0")
        await world.barrier.wait()
    return world.positions[name]


async def coordinator(world):
    for r in range(ROUNDS):
        await world.barrier.wait()
        moves = dict(sorted(world.pending.items()))
        for n, s in moves.items():
            world.positions[n] += s
        leader = max(sorted(world.positions), key=lambda n: world.positions[n])
        print(f"round {r}: moves {moves} leader {leader}")
        world.pending.clear()
        await world.barrier.wait()


async def main():
    names = ["ant", "bee", "cat", "dog"]
    world = World(names)
    speeds = {"ant": 1, "bee": 3, "cat": 2, "dog": 2}
    results = await asyncio.gather(
        coordinator(world), *(agent(world, n, speeds[n]) for n in names)
    )
    print("final positions:", dict(zip(names, results[1:])))
    for line in world.round_log:
        print(line)
    print("barrier broken:", world.barrier.broken, "waiting:", world.barrier.n_waiting)


asyncio.run(main())
