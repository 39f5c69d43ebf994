"""An async context manager that runs a heartbeat task while its block runs and cancels it on
exit (normal, exception, or outer cancellation), awaiting the task so cleanup completes."""
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def heartbeat(name: str, every: float, beats: list):
    async def beat():
        n = 0
        try:
            while True:
                await asyncio.sleep(every)
                n += 1
                beats.append(f"{name}:{n}")
        finally:
            beats.append(f"{name}:stopped after {n}")

    task = asyncio.create_task(beat(), name=f"hb-{name}")
    try:
        yield task
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def job(seconds: float, fail: bool = False) -> str:
    await asyncio.sleep(seconds)
    if fail:
        raise RuntimeError("job blew up")
    return "job ok"


async def main():
    beats: list[str] = []
    async with heartbeat("a", 0.04, beats) as hb:
        print(await job(0.1), "| heartbeat task:", hb.get_name())
    print("after a:", hb.cancelled(), beats)

    beats.clear()
    try:
        async with heartbeat("b", 0.04, beats):
            await job(0.06, fail=True)
    except RuntimeError as e:
        print("b raised:", e, beats)

    beats.clear()

    async def guarded():
        async with heartbeat("c", 0.04, beats):
            await job(1)

    t = asyncio.create_task(guarded())
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("c cancelled:", t.cancelled(), beats)
    print("tasks left:", len(asyncio.all_tasks()))


asyncio.run(main())
