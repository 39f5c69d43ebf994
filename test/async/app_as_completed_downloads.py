import asyncio
from dataclasses import dataclass


@dataclass
class Download:
    url: str
    size: int
    delay: float
    fail: bool = False


class DownloadError(Exception):
    pass


async def download(d, progress):
    got = 0
    chunk = max(1, d.size // 2)
    while got < d.size:
        await asyncio.sleep(d.delay)
        got = min(d.size, got + chunk)
        progress[d.url] = got
        if d.fail and got >= d.size:
            raise DownloadError(f"{d.url}: connection dropped at {got}/{d.size}")
    return d.url, d.size


async def main():
    items = [
        Download("http://x/a", 100, 0.02),
        Download("http://x/b", 40, 0.075),
        Download("http://x/c", 80, 0.05, fail=True),
        Download("http://x/d", 10, 0.2),
        Download("http://x/e", 60, 0.03),
    ]
    progress = {}
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    finished = []
    try:
        for fut in asyncio.as_completed([asyncio.create_task(download(d, progress)) for d in items], timeout=0.35):
            try:
                url, size = await fut
                finished.append(url)
                print(f"done {url} ({size} bytes)")
            except DownloadError as e:
                print(f"failed: {e}")
    except asyncio.TimeoutError:
        print(f"overall timeout, late={loop.time() - t0 >= 0.35}")
    print("finished", finished)
    print("progress", sorted(progress.items()))
    await asyncio.sleep(0)
    print("tasks left", len(asyncio.all_tasks()))
    print("leftover", sorted(t.get_coro().__qualname__ for t in asyncio.all_tasks() if t is not asyncio.current_task()))
    leftover = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    for t in leftover:
        t.cancel()
    print("cancelled leftovers", [type(r).__name__ for r in await asyncio.gather(*leftover, return_exceptions=True)])

    results = await asyncio.gather(*(asyncio.wait_for(download(d, {}), 0.13) for d in items), return_exceptions=True)
    for d, r in zip(items, results):
        print(d.url, r if not isinstance(r, Exception) else f"{type(r).__name__}: {r}")


asyncio.run(main())
