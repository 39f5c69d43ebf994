import asyncio
import random

random.seed(42)
URLS = [f"https://example.com/page/{i}" for i in range(8)]
DELAYS = {u: round(random.uniform(0.05, 0.9), 2) for u in URLS}


async def download(url, sem, log):
    async with sem:
        log.append(("start", url[-6:], sem._value))
        d = DELAYS[url]
        await asyncio.sleep(d)
        if random.random() < 0.25:
            log.append(("fail", url[-6:]))
            raise ConnectionError(f"failed {url}")
        size = random.randint(100, 10000)
        log.append(("done", url[-6:], size))
        return size


async def main():
    sem = asyncio.Semaphore(3)
    log = []
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    results = await asyncio.gather(*(download(u, sem, log) for u in URLS), return_exceptions=True)
    for u, r in zip(URLS, results):
        print(u, type(r).__name__, r)
    for entry in log:
        print(entry)
    print("total over 1.5s:", loop.time() - t0 > 1.5)
    print(sum(r for r in results if isinstance(r, int)))


asyncio.run(main())
