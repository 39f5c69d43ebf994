"""Simulated web crawler: fake network latency, bounded concurrency, dedup."""
import asyncio
import random
from collections import deque

random.seed(7)

SITE = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team", "/jobs"],
    "/blog": ["/blog/1", "/blog/2", "/"],
    "/blog/1": ["/blog/2", "/about"],
    "/blog/2": ["/blog/3", "/missing"],
    "/blog/3": ["/"],
    "/shop": ["/shop/cart", "/shop/item/1", "/shop/item/2"],
    "/shop/cart": ["/shop"],
    "/shop/item/1": ["/shop/cart"],
    "/shop/item/2": ["/shop/cart", "/shop/item/1"],
    "/team": ["/about"],
    "/jobs": ["/team", "/timeout"],
}

LATENCY = {page: random.choice([1, 2, 3]) for page in sorted(SITE)}


class FetchError(Exception):
    pass


async def fetch(url):
    if url == "/timeout":
        await asyncio.sleep(0.2)
    if url not in SITE:
        await asyncio.sleep(0)
        raise FetchError(f"404 {url}")
    for _ in range(LATENCY[url]):
        await asyncio.sleep(0)
    return SITE[url]


class Crawler:
    def __init__(self, concurrency):
        self.sem = asyncio.Semaphore(concurrency)
        self.seen = set()
        self.order = []
        self.errors = []
        self.active = 0
        self.max_active = 0

    async def visit(self, url, depth):
        async with self.sem:
            self.active += 1
            self.max_active = max(self.max_active, self.active)
            try:
                links = await asyncio.wait_for(fetch(url), 0.05)
                self.order.append((depth, url))
                print(f"fetched {url} (depth {depth}, {len(links)} links)")
                return links
            except FetchError as e:
                self.errors.append(str(e))
                print("error:", e)
            except TimeoutError:
                self.errors.append(f"timeout {url}")
                print("timeout:", url)
            finally:
                self.active -= 1
            return []

    async def crawl(self, root, max_depth):
        frontier = deque([(root, 0)])
        self.seen.add(root)
        while frontier:
            batch = list(frontier)
            frontier.clear()
            results = await asyncio.gather(*(self.visit(u, d) for u, d in batch))
            for (url, depth), links in zip(batch, results):
                if depth >= max_depth:
                    continue
                for link in links:
                    if link not in self.seen:
                        self.seen.add(link)
                        frontier.append((link, depth + 1))


async def main():
    c = Crawler(concurrency=3)
    await c.crawl("/", max_depth=3)
    print("visited:", len(c.order))
    for depth, url in c.order:
        print("  ", depth, url)
    print("errors:", c.errors)
    print("seen:", sorted(c.seen))
    print("max concurrent fetches:", c.max_active)


asyncio.run(main())
