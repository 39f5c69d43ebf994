import asyncio


async def worker(name, ticks, fail=False):
    try:
        print(name, "started")
        for _ in range(ticks):
            await asyncio.sleep(0)
        if fail:
            raise RuntimeError(f"{name} failed")
        print(name, "completed")
        return name
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise


async def main():
    tasks = [
        asyncio.create_task(worker("A", 1, fail=True), name="A"),
        asyncio.create_task(worker("B", 3), name="B"),
        asyncio.create_task(worker("C", 5), name="C"),
    ]
    try:
        await asyncio.gather(*tasks)
    except RuntimeError as e:
        print("gather raised:", e)
    # other children are NOT cancelled by gather when one fails
    print("states:", [(t.get_name(), t.done()) for t in tasks])
    for _ in range(6):
        await asyncio.sleep(0)
    print("states later:", [(t.get_name(), t.done(), t.cancelled()) for t in tasks])
    print("B result:", tasks[1].result(), "C result:", tasks[2].result())


asyncio.run(main())
