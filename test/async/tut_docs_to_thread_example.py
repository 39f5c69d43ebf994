"""The asyncio docs' to_thread example, with loop-relative timestamps instead of wall-clock ones."""
import asyncio
import time

T0 = time.monotonic()


def stamp() -> str:
    return f"{time.monotonic() - T0:.1f}"


def blocking_io():
    print(f"start blocking_io at {stamp()}")
    # Note that time.sleep() can be replaced with any blocking
    # IO-bound operation, such as file operations.
    time.sleep(0.2)
    print(f"blocking_io complete at {stamp()}")


async def main():
    print(f"started main at {stamp()}")

    await asyncio.gather(
        asyncio.to_thread(blocking_io),
        asyncio.sleep(0.27))

    print(f"finished main at {stamp()}")

    # Margins of 20 ms or more from every rounding boundary and from the thread's end.
    def blocking_sum(n: int) -> int:
        time.sleep(0.12)
        return sum(range(n))

    task = asyncio.create_task(asyncio.to_thread(blocking_sum, 101))
    for _ in range(3):
        await asyncio.sleep(0.05)
        print(f"main still responsive at {stamp()}, task done={task.done()}")
    print("sum:", await task, "at", stamp())


asyncio.run(main())
