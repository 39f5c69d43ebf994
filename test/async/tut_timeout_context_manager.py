"""asyncio.timeout() as a deadline for a multi-step operation, reschedule and expired()."""
import asyncio


async def step(name: str, d: float) -> str:
    await asyncio.sleep(d)
    return name


async def operation(steps: list[tuple[str, float]], budget: float) -> list[str]:
    done: list[str] = []
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(budget) as cm:
            for name, d in steps:
                done.append(await step(name, d))
                if name == "extend":
                    cm.reschedule(cm.when() + 0.05)
                    print(f"  extended deadline by 0.05")
    except TimeoutError:
        print(f"  deadline hit after {done}; expired={cm.expired()}")
    else:
        print(f"  completed {done}; expired={cm.expired()}")
    return done


async def main():
    await operation([("a", 0.01), ("b", 0.01)], 0.05)
    await operation([("a", 0.02), ("b", 0.02), ("c", 0.02)], 0.05)
    await operation([("a", 0.02), ("extend", 0.02), ("c", 0.03)], 0.05)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.03
    try:
        async with asyncio.timeout_at(deadline):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout_at:", type(e).__name__, e.__context__.__class__.__name__)
    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())
        await asyncio.sleep(0.01)
    try:
        async with asyncio.timeout(0):
            print("body runs even with zero timeout")
            await asyncio.sleep(0)
            print("not printed")
    except TimeoutError:
        print("zero timeout raised")


asyncio.run(main())
