"""Crawler with TaskGroup + Semaphore + per-host politeness delays + robots-style exclusions,
collecting a site map; URL parsing by hand (no urllib), results sorted for stable output."""
import asyncio
from collections import defaultdict
from dataclasses import dataclass, field

PAGES = {
    "https://a.com/": ["https://a.com/docs", "https://b.org/", "https://a.com/private/x"],
    "https://a.com/docs": ["https://a.com/docs/api", "https://a.com/"],
    "https://a.com/docs/api": ["https://b.org/blog"],
    "https://b.org/": ["https://b.org/blog", "https://c.net/"],
    "https://b.org/blog": ["https://b.org/blog/1", "https://b.org/blog/2"],
    "https://b.org/blog/1": [],
    "https://b.org/blog/2": ["https://missing.io/"],
    "https://c.net/": [],
}
DISALLOW = {"a.com": ["/private"]}


def split_url(url: str) -> tuple[str, str]:
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    return host, "/" + path


@dataclass
class Crawl:
    max_pages: int
    sem: asyncio.Semaphore
    seen: set = field(default_factory=set)
    sitemap: dict = field(default_factory=lambda: defaultdict(list))
    errors: list = field(default_factory=list)
    host_locks: dict = field(default_factory=dict)


async def fetch(url: str) -> list[str]:
    await asyncio.sleep(0.005)
    if url not in PAGES:
        raise ConnectionError(f"cannot resolve {split_url(url)[0]}")
    return PAGES[url]


async def visit(url: str, crawl: Crawl, tg: asyncio.TaskGroup, depth: int) -> None:
    host, path = split_url(url)
    if any(path.startswith(p) for p in DISALLOW.get(host, [])):
        crawl.errors.append(f"skipped (disallowed) {url}")
        return
    lock = crawl.host_locks.setdefault(host, asyncio.Lock())
    async with crawl.sem, lock:
        try:
            links = await fetch(url)
        except ConnectionError as e:
            crawl.errors.append(f"{url}: {e}")
            return
        await asyncio.sleep(0.002)  # politeness delay per host
    crawl.sitemap[host].append((depth, path))
    for link in links:
        if link not in crawl.seen and len(crawl.seen) < crawl.max_pages:
            crawl.seen.add(link)
            tg.create_task(visit(link, crawl, tg, depth + 1))


async def main():
    crawl = Crawl(max_pages=20, sem=asyncio.Semaphore(2))
    start = "https://a.com/"
    crawl.seen.add(start)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(visit(start, crawl, tg, 0))
    for host in sorted(crawl.sitemap):
        entries = sorted(crawl.sitemap[host])
        print(f"{host}: " + ", ".join(f"{p}(d{d})" for d, p in entries))
    print("errors:")
    for e in sorted(crawl.errors):
        print("  " + e)
    print(f"visited {sum(map(len, crawl.sitemap.values()))} pages on {len(crawl.sitemap)} hosts; "
          f"seen {len(crawl.seen)} urls")


asyncio.run(main())
