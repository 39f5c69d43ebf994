"""Structured concurrency: TaskGroup inside asyncio.timeout; children see CancelledError,
the caller sees TimeoutError; a nested group's failure cancels its siblings."""
import asyncio


async def child(name: str, delay: float, log: list[str]) -> str:
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} finished")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def run_with_deadline(delays: dict[str, float], deadline: float) -> None:
    log: list[str] = []
    tasks = {}
    try:
        async with asyncio.timeout(deadline):
            async with asyncio.TaskGroup() as tg:
                for name, d in delays.items():
                    tasks[name] = tg.create_task(child(name, d, log))
        print("  all done:", {n: t.result() for n, t in tasks.items()})
    except TimeoutError:
        print("  deadline exceeded")
    print("  log:", log)
    print("  states:", {n: ("cancelled" if t.cancelled() else "done") for n, t in tasks.items()})
    print("  current task cancelling:", asyncio.current_task().cancelling())


async def boom(delay: float) -> None:
    await asyncio.sleep(delay)
    raise ConnectionResetError("peer reset")


async def main():
    print("generous deadline:")
    await run_with_deadline({"a": 0.01, "b": 0.02}, 0.1)
    print("tight deadline:")
    await run_with_deadline({"a": 0.01, "b": 0.05}, 0.03)
    print("failure inside group inside timeout:")
    log: list[str] = []
    try:
        async with asyncio.timeout(1):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child("x", 0.05, log))
                tg.create_task(boom(0.01))
    except* ConnectionResetError as eg:
        print("  got", type(eg).__name__, [repr(e) for e in eg.exceptions])
    except* TimeoutError:
        print("  unexpected timeout")
    print("  log:", log)


asyncio.run(main())
