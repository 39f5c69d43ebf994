"""Crawler simulation: Semaphore limits concurrent fetches; tracks peak concurrency."""
import asyncio
from dataclasses import dataclass, field


@dataclass
class Stats:
    active: int = 0
    peak: int = 0
    fetched: list = field(default_factory=list)

    def enter(self):
        self.active += 1
        self.peak = max(self.peak, self.active)

    def leave(self):
        self.active -= 1


SITE = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1", "/a"],
    "/c": [],
    "/a/1": ["/a/2"],
    "/a/2": [],
    "/b/1": ["/b/2", "/c"],
    "/b/2": [],
}


async def fetch(url: str, sem: asyncio.Semaphore, stats: Stats) -> list[str]:
    async with sem:
        stats.enter()
        delay = 0.01 * (len(url) + 1)
        print(f"  GET {url:<5} (active={stats.active}, delay={delay:.2f})")
        await asyncio.sleep(delay)
        stats.leave()
        stats.fetched.append(url)
        return SITE.get(url, [])


async def crawl(root: str, limit: int) -> Stats:
    sem = asyncio.Semaphore(limit)
    stats = Stats()
    seen = {root}
    frontier = [root]
    depth = 0
    while frontier:
        print(f"depth {depth}: {frontier}")
        results = await asyncio.gather(*(fetch(u, sem, stats) for u in frontier))
        nxt = []
        for links in results:
            for link in links:
                if link not in seen:
                    seen.add(link)
                    nxt.append(link)
        frontier = nxt
        depth += 1
    return stats


async def main():
    loop = asyncio.get_running_loop()
    elapsed = {}
    for limit in (1, 2, 5):
        t0 = loop.time()
        stats = await crawl("/", limit)
        elapsed[limit] = loop.time() - t0
        print(f"limit={limit} peak={stats.peak} pages={len(stats.fetched)}")
        print("  order:", " ".join(stats.fetched))
    print("more concurrency is faster:", elapsed[1] > elapsed[2] > elapsed[5])
    print("sem repr locked:", asyncio.Semaphore(0).locked())


asyncio.run(main())
