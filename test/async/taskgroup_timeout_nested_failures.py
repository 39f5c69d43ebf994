# Task groups abort by cancelling their pending tasks in set order (by address in CPython), so
# each group here has at most one task pending when it aborts.
import asyncio

async def sleeper(name, d):
    try:
        await asyncio.sleep(d)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def failer(name, d, exc):
    await asyncio.sleep(d)
    print(f"{name} raises {exc!r}")
    raise exc

def describe(eg, depth=0):
    print("  " * depth + f"{type(eg).__name__}: {eg}")
    for e in getattr(eg, "exceptions", ()):
        describe(e, depth + 1)

async def main():
    try:
        async with asyncio.timeout(0.25):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(sleeper("a", 0.1))
                tg.create_task(sleeper("b", 1))
                await asyncio.sleep(0.15)
                print("a done, b pending")
    except TimeoutError:
        print("timeout around task group")
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(sleeper("c", 1))
            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(failer("d", 0.1, ValueError("d")))
                    inner.create_task(failer("e", 0.1, KeyError("e")))
                    inner.create_task(sleeper("f", 1))
            outer.create_task(inner_group())
    except* ValueError as eg:
        print("caught ValueError part:")
        describe(eg)
    except* Exception as eg:
        print("caught the rest:")
        describe(eg)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failer("h", 0.1, asyncio.CancelledError()))
            tg.create_task(sleeper("i", 0.2))
        print("child raising CancelledError does not abort the group")
    except BaseException as e:
        print("unexpected", type(e).__name__)
    async def body_fails():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("j", 1))
            await asyncio.sleep(0.1)
            raise RuntimeError("body")
    try:
        await body_fails()
    except ExceptionGroup as eg:
        describe(eg)
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
