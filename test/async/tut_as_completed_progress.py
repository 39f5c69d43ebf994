"""as_completed progress bar with percentages; a timeout on the remainder."""
import asyncio


async def download(name: str, size: int, speed: int) -> tuple[str, int]:
    await asyncio.sleep(size / speed)
    return name, size


def bar(done: int, total: int, width: int = 20) -> str:
    filled = int(width * done / total)
    return "[" + "#" * filled + "." * (width - filled) + f"] {done / total:6.1%}"


async def main():
    files = {"a.zip": 300, "b.iso": 900, "c.txt": 50, "d.png": 120, "e.tar": 610}
    coros = [asyncio.create_task(download(n, s, 10000)) for n, s in files.items()]
    total = sum(files.values())
    got = 0
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    for i, fut in enumerate(asyncio.as_completed(coros), 1):
        name, size = await fut
        got += size
        print(f"{i}/{len(files)} {name:<6} {size:>4}B {bar(got, total)}")

    slow = [asyncio.create_task(download(f"s{i}", 100 * i, 1000), name=f"slow-{i}") for i in range(1, 5)]
    finished = []
    try:
        for fut in asyncio.as_completed(slow, timeout=0.25):
            finished.append(await fut)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, repr(str(e)))
    print("finished before timeout:", finished)
    await asyncio.sleep(0.5)
    print("remaining tasks:", len(asyncio.all_tasks()))
    print([(t.get_name(), t.done()) for t in slow])


asyncio.run(main())
