"""Dining philosophers with Locks; forks are taken in a global order (no deadlock)."""
import asyncio
import random

random.seed(42)
N = 5
MEALS = 3


class Table:
    def __init__(self, n):
        self.forks = [asyncio.Lock() for _ in range(n)]
        self.log = []
        self.eating = set()
        self.max_eating = 0

    def forks_for(self, i):
        a, b = i, (i + 1) % len(self.forks)
        return (min(a, b), max(a, b))


async def philosopher(table, i, think_ticks):
    first, second = table.forks_for(i)
    for meal in range(MEALS):
        for _ in range(think_ticks[meal]):
            await asyncio.sleep(0)
        table.log.append(f"P{i} hungry (meal {meal})")
        async with table.forks[first]:
            table.log.append(f"P{i} took fork {first}")
            await asyncio.sleep(0)
            async with table.forks[second]:
                table.log.append(f"P{i} took fork {second}, eating")
                table.eating.add(i)
                table.max_eating = max(table.max_eating, len(table.eating))
                for a in table.eating:
                    assert (a + 1) % N != i and (i + 1) % N != a or a == i
                await asyncio.sleep(0)
                await asyncio.sleep(0)
                table.eating.discard(i)
            table.log.append(f"P{i} put down forks")
    return i


async def main():
    table = Table(N)
    plans = {i: [random.randint(0, 3) for _ in range(MEALS)] for i in range(N)}
    for i in range(N):
        print(f"P{i} think plan {plans[i]}")
    done = await asyncio.wait_for(
        asyncio.gather(*(philosopher(table, i, plans[i]) for i in range(N))), 0.4
    )
    print("finished:", done)
    for line in table.log:
        print(line)
    print("meals logged:", sum("eating" in l for l in table.log))
    print("max simultaneously eating:", table.max_eating)
    print("all forks free:", not any(f.locked() for f in table.forks))


asyncio.run(main())
