"""Game-server leaderboard: players post scores concurrently; top-k via heapq, ranks via bisect."""
import asyncio
import bisect
import heapq
import random
from collections import Counter


class Leaderboard:
    def __init__(self) -> None:
        self.best: dict[str, int] = {}
        self.sorted_scores: list[int] = []
        self.lock = asyncio.Lock()
        self.updates = Counter()

    async def post(self, player: str, score: int) -> int:
        async with self.lock:
            await asyncio.sleep(0)
            old = self.best.get(player)
            if old is not None and score <= old:
                return self.rank(old)
            if old is not None:
                del self.sorted_scores[bisect.bisect_left(self.sorted_scores, old)]
            self.best[player] = score
            bisect.insort(self.sorted_scores, score)
            self.updates[player] += 1
            return self.rank(score)

    def rank(self, score: int) -> int:
        return len(self.sorted_scores) - bisect.bisect_right(self.sorted_scores, score) + 1

    def top(self, k: int) -> list[tuple[int, str]]:
        return heapq.nlargest(k, ((s, p) for p, s in self.best.items()))


async def player(board: Leaderboard, name: str, rng: random.Random, games: int) -> list[int]:
    ranks = []
    for _ in range(games):
        for _ in range(rng.randint(1, 3) + len(name) % 3):
            await asyncio.sleep(0)
        ranks.append(await board.post(name, rng.randint(0, 1000)))
    return ranks


async def main():
    board = Leaderboard()
    names = ["ann", "bob", "cy", "dora", "eve"]
    results = await asyncio.gather(*(player(board, n, random.Random(i), 4) for i, n in enumerate(names)))
    for n, ranks in zip(names, results):
        print(f"{n:>5}: ranks over time {ranks}, best {board.best[n]}")
    print("top3:", board.top(3))
    print("sorted:", board.sorted_scores)
    print("updates:", board.updates.most_common(2), sum(board.updates.values()))
    h = []
    for s, p in board.top(5):
        heapq.heappush(h, (-s, p))
    print("pop order:", [heapq.heappop(h)[1] for _ in range(len(h))])
    print("smallest 2:", heapq.nsmallest(2, board.best.values()), bisect.bisect(board.sorted_scores, 500))


asyncio.run(main())
