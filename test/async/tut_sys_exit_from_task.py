"""sys.exit(3) called from inside a child task: how asyncio.run propagates SystemExit."""
import asyncio
import sys


async def monitor(threshold: int) -> None:
    level = 0
    while True:
        await asyncio.sleep(0.01)
        level += 1
        print(f"level {level}")
        if level >= threshold:
            print("threshold reached, exiting with code 3")
            sys.exit(3)


async def other() -> None:
    try:
        await asyncio.sleep(10)
    finally:
        print("other: finally runs")


async def main():
    asyncio.create_task(other(), name="other")
    t = asyncio.create_task(monitor(3), name="monitor")
    try:
        await t
    finally:
        print("main finally; monitor done:", t.done())


asyncio.run(main())
print("not reached")
