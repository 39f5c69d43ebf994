"""TaskGroup with two failing children and no handler: ExceptionGroup escapes asyncio.run."""
import asyncio


async def check(name: str, delay: float, ok: bool) -> str:
    await asyncio.sleep(delay)
    if not ok:
        raise ConnectionError(f"{name} unreachable")
    print(f"{name} healthy")
    return name


async def main():
    services = [("db", 0.01, True), ("cache", 0.05, False), ("api", 0.5, True)]
    async with asyncio.TaskGroup() as tg:
        for name, delay, ok in services:
            tg.create_task(check(name, delay, ok), name=name)
    print("unreachable")


try:
    asyncio.run(main())
except* ConnectionError as eg:
    print("caught:", [str(e) for e in eg.exceptions])
    raise RuntimeError("health check failed") from eg
