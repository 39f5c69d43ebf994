import asyncio


async def spawner(tg, depth):
    print("spawner depth", depth)
    await asyncio.sleep(0)
    if depth < 3:
        tg.create_task(spawner(tg, depth + 1), name=f"spawn-{depth + 1}")
    return depth


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 0), name="spawn-0")
    print("group exited after all spawned tasks")
    c = spawner(tg, 9)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
        c.close()
    tg2 = asyncio.TaskGroup()
    c = spawner(tg2, 9)
    try:
        tg2.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
        c.close()


asyncio.run(main())
