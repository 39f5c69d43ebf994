"""A task raises KeyboardInterrupt (as a signal handler would); asyncio.run cleans up and re-raises."""
import asyncio


async def long_job(name: str) -> None:
    try:
        while True:
            await asyncio.sleep(0.04)
    except asyncio.CancelledError:
        print(f"{name}: cancelled during shutdown")
        raise
    finally:
        print(f"{name}: finally")


async def interrupter() -> None:
    await asyncio.sleep(0.06)
    print("simulating Ctrl-C")
    raise KeyboardInterrupt


async def main():
    jobs = [asyncio.create_task(long_job("job0"))]
    await interrupter()
    print("unreachable", jobs)


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("caught KeyboardInterrupt at top level")
    raise SystemExit(130)
