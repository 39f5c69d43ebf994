import asyncio
import random
from collections import Counter, deque
from dataclasses import dataclass, field

random.seed(7)

GRAPH = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2", "/b"],
    "/b": ["/b/1", "/", "/flaky"],
    "/c": ["/c/1", "/slow", "/missing"],
    "/a/1": ["/a/2"],
    "/a/2": [],
    "/b/1": ["/c/1"],
    "/c/1": ["/"],
    "/flaky": ["/after-flaky"],
    "/after-flaky": [],
    "/slow": ["/never"],
}


class NotFound(Exception):
    pass


class TransientError(Exception):
    def __init__(self, url, attempt):
        super().__init__(f"transient {url} #{attempt}")
        self.url = url
        self.attempt = attempt


@dataclass
class Stats:
    fetched: int = 0
    retries: int = 0
    timeouts: int = 0
    errors: Counter = field(default_factory=Counter)
    max_concurrency: int = 0
    current: int = 0


class FakeServer:
    def __init__(self):
        self.calls = Counter()

    async def get(self, url):
        self.calls[url] += 1
        n = self.calls[url]
        if url == "/slow":
            await asyncio.sleep(0.5)
        elif url == "/flaky" and n < 3:
            await asyncio.sleep(0.01)
            raise TransientError(url, n)
        else:
            await asyncio.sleep(0.01 * (1 + len(url) % 3))
        if url not in GRAPH:
            raise NotFound(url)
        return list(GRAPH[url])


class Crawler:
    def __init__(self, server, limit=3, timeout=0.2, retries=3):
        self.server = server
        self.sem = asyncio.Semaphore(limit)
        self.timeout = timeout
        self.retries = retries
        self.visited = set()
        self.stats = Stats()
        self.log = []
        self.loop = asyncio.get_running_loop()
        self.t0 = self.loop.time()

    def now(self):
        return "-"

    async def fetch(self, url):
        delay = 0.02
        for attempt in range(1, self.retries + 1):
            try:
                async with self.sem:
                    self.stats.current += 1
                    self.stats.max_concurrency = max(self.stats.max_concurrency, self.stats.current)
                    try:
                        return await asyncio.wait_for(self.server.get(url), self.timeout)
                    finally:
                        self.stats.current -= 1
            except TransientError as e:
                self.stats.retries += 1
                self.log.append((self.now(), "retry", url, e.attempt))
                await asyncio.sleep(delay)
                delay *= 2
        raise TransientError(url, self.retries)

    async def visit(self, url, depth):
        try:
            links = await self.fetch(url)
        except asyncio.TimeoutError:
            self.stats.timeouts += 1
            self.stats.errors["timeout"] += 1
            self.log.append((self.now(), "timeout", url))
            return []
        except NotFound as e:
            self.stats.errors[type(e).__name__] += 1
            self.log.append((self.now(), "404", str(e)))
            return []
        self.stats.fetched += 1
        self.log.append((self.now(), "ok", url, depth))
        return [(l, depth + 1) for l in links]

    async def run(self, start, max_depth=3):
        frontier = deque([(start, 0)])
        self.visited.add(start)
        while frontier:
            batch = []
            while frontier:
                batch.append(frontier.popleft())
            results = await asyncio.gather(*(self.visit(u, d) for u, d in batch))
            for found in results:
                for url, depth in found:
                    if url not in self.visited and depth <= max_depth:
                        self.visited.add(url)
                        frontier.append((url, depth))
        return self.stats


async def main():
    server = FakeServer()
    crawler = Crawler(server)
    stats = await crawler.run("/")
    for entry in crawler.log:
        print(*entry)
    print("visited:", sorted(crawler.visited))
    print("fetched", stats.fetched, "retries", stats.retries, "timeouts", stats.timeouts)
    print("errors", sorted(stats.errors.items()))
    print("max concurrency", stats.max_concurrency)
    print("calls", sorted(server.calls.items()))
    print("pending tasks", len(asyncio.all_tasks()))


asyncio.run(main())
