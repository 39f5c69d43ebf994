# A crawler: semaphore-bounded fetches, retries with backoff, per-request timeouts, dedup, results.
import asyncio
import random

random.seed(7)

PAGES = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1", "/slow"],
    "/c": ["/flaky", "/a"],
    "/a/1": [], "/a/2": ["/b/1"], "/b/1": [], "/slow": [], "/flaky": ["/c/1"], "/c/1": [],
}
attempts = {}


async def fetch(url):
    attempts[url] = attempts.get(url, 0) + 1
    if url == "/slow":
        await asyncio.sleep(1)
    elif url == "/flaky" and attempts[url] < 3:
        await asyncio.sleep(0.01)
        raise ConnectionError(f"reset while fetching {url}")
    else:
        await asyncio.sleep(0.01 * (len(url) % 4 + 1))
    return PAGES[url]


async def fetch_with_retry(url, sem, retries=3):
    delay = 0.02
    for attempt in range(1, retries + 1):
        async with sem:
            try:
                return await asyncio.wait_for(fetch(url), timeout=0.2)
            except asyncio.TimeoutError:
                print(f"timeout {url} (attempt {attempt})")
                return None
            except ConnectionError as e:
                print(f"error {e} (attempt {attempt})")
        await asyncio.sleep(delay)
        delay *= 2
    return None


async def crawl(root):
    sem = asyncio.Semaphore(3)
    seen = {root}
    results = {}
    pending = {asyncio.create_task(fetch_with_retry(root, sem), name=root)}
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in sorted(done, key=lambda t: t.get_name()):
            url = t.get_name()
            links = t.result()
            results[url] = links
            for link in links or []:
                if link not in seen:
                    seen.add(link)
                    pending.add(asyncio.create_task(fetch_with_retry(link, sem), name=link))
    return results


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    results = await crawl("/")
    for url in sorted(results):
        print(url, "->", results[url])
    print("attempts:", dict(sorted(attempts.items())))
    print("elapsed:", round(loop.time() - t0, 1))


asyncio.run(main())
