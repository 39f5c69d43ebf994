# Two Ctrl+C in a task that computes without yielding: the first cancels the main task (which
# cannot run yet), the second raises KeyboardInterrupt inside the computation, as under CPython.
import asyncio


async def spin():
    print("started", flush=True)
    n = 0
    try:
        while True:
            n += 1
    finally:
        print("spin finally", n > 0)


async def main():
    try:
        await asyncio.create_task(spin())
    except asyncio.CancelledError:
        print("main cancelled")
        raise
    finally:
        print("main finally")

asyncio.run(main())
