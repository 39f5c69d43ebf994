"""wait_for() gives up on a to_thread() call, but the thread cannot be cancelled: it keeps
running (and printing) while the loop goes on, and asyncio.run() waits for it at the end."""
import asyncio
import sys
import threading
import time


def slow_report(seconds: float) -> str:
    print("report: started in", threading.current_thread().name)
    time.sleep(seconds)
    print("report: finished (nobody is waiting any more)")
    sys.stdout.write("report: written with sys.stdout.write\n")
    return "report.pdf"


async def ticker(n: int) -> None:
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0.07)


async def main() -> None:
    t = asyncio.create_task(ticker(5))
    fut = asyncio.ensure_future(asyncio.to_thread(slow_report, 0.3))
    try:
        await asyncio.wait_for(asyncio.shield(fut), timeout=0.1)
    except TimeoutError:
        print("main: gave up waiting; thread still running:", not fut.done())
    print("main: other work")
    await t
    print("main: result when it came:", await fut)
    try:
        await asyncio.wait_for(asyncio.to_thread(slow_report, 0.2), timeout=0.05)
    except TimeoutError:
        print("main: second report timed out too")
    print("main: returning")


asyncio.run(main())
print("after asyncio.run (it waited for the executor's threads)")
