import asyncio
import random

random.seed(3)


class Game:
    def __init__(self, players, rounds):
        self.players = players
        self.rounds = rounds
        self.barrier = asyncio.Barrier(len(players))
        self.scores = {p: 0 for p in players}
        self.log = []

    async def play(self, name):
        try:
            for r in range(self.rounds):
                roll = random.randint(1, 6)
                for _ in range(roll % 3):
                    await asyncio.sleep(0)
                self.scores[name] += roll
                idx = await self.barrier.wait()
                if idx == 0:
                    leader = max(sorted(self.scores), key=self.scores.get)
                    self.log.append(f"round {r}: leader {leader} {self.scores[leader]}")
                if name == "quitter" and r == 1:
                    raise RuntimeError("quitter rage-quits")
            return name, self.scores[name]
        except asyncio.BrokenBarrierError:
            self.log.append(f"{name} saw broken barrier")
            return name, None


async def countdown(barrier, n, out):
    for i in range(n, 0, -1):
        out.append(f"T-{i} waiting={barrier.n_waiting}")
        await asyncio.sleep(0)
    out.append("liftoff")
    return await barrier.wait()


async def main():
    g = Game(["ann", "bob", "cid"], 3)
    res = await asyncio.gather(*(g.play(p) for p in g.players))
    print(res)
    for line in g.log:
        print(line)
    print("barrier", g.barrier.parties, g.barrier.n_waiting, g.barrier.broken)

    g2 = Game(["ann", "quitter", "bob"], 4)
    tasks = [asyncio.create_task(g2.play(p), name=p) for p in g2.players]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception from", sorted(t.get_name() for t in done if t.exception()))
    print("pending", sorted(t.get_name() for t in pending))
    await g2.barrier.abort()
    rest = await asyncio.gather(*pending)
    print("after abort", rest, g2.barrier.broken)
    for line in g2.log:
        print(line)
    try:
        await g2.barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("still broken:", type(e).__name__, e.args)
    await g2.barrier.reset()
    print("reset broken", g2.barrier.broken)

    b = asyncio.Barrier(2)
    out = []
    r = await asyncio.gather(countdown(b, 3, out), countdown(b, 1, out))
    print(sorted(r), out)

    b3 = asyncio.Barrier(3)
    waiter = asyncio.create_task(b3.wait())
    await asyncio.sleep(0)
    try:
        async with asyncio.timeout(0.02):
            await b3.wait()
    except TimeoutError:
        print("timed out with waiting", b3.n_waiting)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("waiter cancelled", b3.n_waiting, b3.broken)
    print(repr(b3).split(" ", 1)[0], "[" in repr(b3))


asyncio.run(main())
