# A Barrier reused over several rounds: the party that gets index 0 acts as the round's leader,
# and a party that arrives late in the last round finds it broken by abort().
import asyncio


async def worker(barrier, name, rounds, log):
    for r in range(rounds):
        await asyncio.sleep(0.05 * len(name) * (r + 1))
        try:
            idx = await barrier.wait()
        except asyncio.BrokenBarrierError:
            log.append(f"{name} round {r}: broken")
            return
        if idx == 0:
            log.append(f"round {r} leader: {name}")


async def main():
    log = []
    barrier = asyncio.Barrier(3)
    names = ["a", "bb", "ccc"]
    await asyncio.gather(*(worker(barrier, n, 3, log) for n in names))
    print("\n".join(log))
    print("after rounds:", barrier.n_waiting, barrier.broken)
    log.clear()
    late = asyncio.create_task(worker(barrier, "late", 1, log))
    early = asyncio.create_task(worker(barrier, "e", 1, log))
    await asyncio.sleep(0.1)
    print("waiting:", barrier.n_waiting)
    await barrier.abort()
    await asyncio.gather(late, early)
    print("\n".join(log))
    print("broken:", barrier.broken)

asyncio.run(main())
