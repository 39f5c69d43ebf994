"""A worker thread reports progress into the loop with call_soon_threadsafe and an asyncio.Queue."""
import asyncio
import threading
import time


def download(loop: asyncio.AbstractEventLoop, q: asyncio.Queue, name: str, chunks: int) -> str:
    for i in range(1, chunks + 1):
        time.sleep(0.02)
        loop.call_soon_threadsafe(q.put_nowait, (name, i, chunks))
    loop.call_soon_threadsafe(q.put_nowait, (name, None, chunks))
    return f"{name} ({threading.current_thread() is threading.main_thread()})"


async def progress(q: asyncio.Queue, expected: int) -> list[str]:
    lines, finished = [], 0
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    while finished < expected:
        name, i, n = await q.get()
        if i is None:
            finished += 1
            lines.append(f"{name} complete (clock moved: {loop.time() > t0})")
        else:
            lines.append(f"{name} {i}/{n} {'#' * i}{'.' * (n - i)}")
    return lines


async def main():
    loop = asyncio.get_running_loop()
    q: asyncio.Queue = asyncio.Queue()
    mon = asyncio.create_task(progress(q, 1))
    result = await loop.run_in_executor(None, download, loop, q, "big.iso", 4)
    lines = await mon
    print("\n".join(lines))
    print("result:", result)
    done = asyncio.Event()
    timer = threading.Timer(0.03, lambda: loop.call_soon_threadsafe(done.set))
    timer.start()
    t0 = loop.time()
    await done.wait()
    print(f"threading.Timer fired the event after >= 0.03s: {loop.time() - t0 >= 0.03}")
    timer.join()


asyncio.run(main())
