import asyncio
import bisect
import heapq
import itertools
import operator
import random
from collections import namedtuple

random.seed(11)
Player = namedtuple("Player", "name skill")
Result = namedtuple("Result", "round winner loser score")


async def play_match(a, b, rnd, log):
    turns = 1 + (a.skill + b.skill) % 3
    for _ in range(turns):
        await asyncio.sleep(0)
    roll_a = a.skill + random.randint(0, 5)
    roll_b = b.skill + random.randint(0, 5)
    winner, loser = (a, b) if (roll_a, a.name) > (roll_b, b.name) else (b, a)
    log.append(f"r{rnd} {a.name} vs {b.name}: {roll_a}-{roll_b}")
    return Result(rnd, winner, loser, (max(roll_a, roll_b), min(roll_a, roll_b)))


async def tournament(players):
    log = []
    rnd = 0
    alive = list(players)
    history = []
    while len(alive) > 1:
        rnd += 1
        pairs = list(zip(alive[::2], alive[1::2]))
        bye = alive[-1] if len(alive) % 2 else None
        results = await asyncio.gather(*(play_match(a, b, rnd, log) for a, b in pairs))
        history.extend(results)
        alive = [r.winner for r in results] + ([bye] if bye else [])
    return alive[0], history, log


async def main():
    players = [Player(n, s) for n, s in zip("ABCDEFG", [5, 3, 8, 1, 7, 4, 6])]
    champ, history, log = await tournament(players)
    for line in log:
        print(line)
    print("champion", champ)
    wins = sorted(((sum(1 for r in history if r.winner == p), p.name) for p in players), reverse=True)
    print("wins", wins)
    top3 = heapq.nlargest(3, players, key=operator.attrgetter("skill"))
    print("top3 by skill", [p.name for p in top3])
    h = []
    for r in history:
        heapq.heappush(h, (-(r.score[0] - r.score[1]), r.round, r.winner.name))
    print("biggest margins", [heapq.heappop(h) for _ in range(3)])
    ladder = []
    for p in players:
        bisect.insort(ladder, (p.skill, p.name))
    print("ladder", ladder, bisect.bisect_left(ladder, (5, "")), bisect.bisect_right(ladder, (5, "Z")))
    by_round = itertools.groupby(sorted(history, key=operator.attrgetter("round")), key=operator.attrgetter("round"))
    for rnd, rs in by_round:
        print("round", rnd, [r.winner.name for r in rs])
    print(list(itertools.accumulate([r.score[0] for r in history], operator.add)))
    print(list(itertools.pairwise("ABC")), list(itertools.combinations("ABC", 2))[:2])


asyncio.run(main())
