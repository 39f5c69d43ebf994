# One pending child per group when the group aborts: CPython cancels them in set order (by address).
import asyncio

async def child(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        await asyncio.sleep(0.05)
        print(f"{name} cleanup done")
        raise

async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c0", 1))
            await asyncio.sleep(0.01)
            tg.create_task(child("c1-short", 0.02))
            await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("parent got CancelledError; cancelling =", asyncio.current_task().cancelling())
        raise

async def stubborn_parent():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("s", 1))
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print("stubborn swallows its cancel")
    return "stubborn finished"

async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.1)
    p.cancel("shutdown")
    try:
        await p
    except asyncio.CancelledError as e:
        print("parent cancelled:", p.cancelled(), e.args)
    s = asyncio.create_task(stubborn_parent())
    await asyncio.sleep(0.1)
    s.cancel()
    print(await s, "cancelling:", s.cancelling())
    p2 = asyncio.create_task(parent())
    await asyncio.sleep(0.1)
    p2.cancel()
    await asyncio.sleep(0.01)
    p2.cancel()
    try:
        await p2
    except asyncio.CancelledError:
        print("cancelled twice: cancelling =", p2.cancelling())

asyncio.run(main())
