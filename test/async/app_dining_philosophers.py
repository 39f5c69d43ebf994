import asyncio
from collections import Counter


class Table:
    def __init__(self, n):
        self.forks = [asyncio.Lock() for _ in range(n)]
        self.meals = Counter()
        self.giveups = Counter()
        self.log = []

    async def try_eat(self, i, patience):
        left, right = self.forks[i], self.forks[(i + 1) % len(self.forks)]
        await left.acquire()
        try:
            try:
                await asyncio.wait_for(right.acquire(), patience)
            except asyncio.TimeoutError:
                self.giveups[i] += 1
                self.log.append(f"P{i} gives up waiting for fork {(i + 1) % len(self.forks)}")
                return False
            try:
                self.meals[i] += 1
                self.log.append(f"P{i} eats (meal {self.meals[i]})")
                await asyncio.sleep(0)
                await asyncio.sleep(0)
            finally:
                right.release()
        finally:
            left.release()
        return True

    async def philosopher(self, i, meals_wanted, patience):
        attempts = 0
        while self.meals[i] < meals_wanted:
            attempts += 1
            if not await self.try_eat(i, patience):
                for _ in range(3 * (i + 1)):
                    await asyncio.sleep(0)
            else:
                for _ in range(i + 1):
                    await asyncio.sleep(0)
        return i, attempts


async def main():
    table = Table(5)
    results = await asyncio.gather(*(table.philosopher(i, 2, 0.02 + 0.01 * i) for i in range(5)))
    print("results", results)
    print("meals", sorted(table.meals.items()))
    print("giveups", sorted(table.giveups.items()))
    print("forks free", [not f.locked() for f in table.forks])
    print("log size", len(table.log))
    for line in table.log[:12]:
        print(line)

    lock = asyncio.Lock()
    await lock.acquire()
    waiters = [asyncio.create_task(lock.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    waiters[0].cancel()
    lock.release()
    await asyncio.sleep(0)
    state = lambda: [("C" if w.cancelled() else "A" if w.done() else "W") for w in waiters]
    print("after cancel", state(), lock.locked())
    await asyncio.sleep(0)
    print("next iteration", state(), lock.locked())
    lock.release()
    await asyncio.sleep(0)
    print("handoff", state(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
