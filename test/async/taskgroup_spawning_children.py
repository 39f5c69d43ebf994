import asyncio

log = []

async def leaf(name, d):
    await asyncio.sleep(d)
    log.append(name)
    return name

async def spawner(tg, depth, name):
    await asyncio.sleep(0.01)
    if depth > 0:
        for i in range(2):
            tg.create_task(spawner(tg, depth - 1, f"{name}.{i}"), name=f"{name}.{i}")
    else:
        tg.create_task(leaf(name + "!", 0.1))
    print("spawner", name, "done; tasks now", len(tg._tasks))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 2, "r"), name="r")
        print("body finished; waiting")
    print("all done:", sorted(log))
    results = []
    async with asyncio.TaskGroup() as outer:
        async def nested(k):
            async with asyncio.TaskGroup() as inner:
                ts = [inner.create_task(leaf(f"n{k}-{j}", 0.01 * j)) for j in range(3)]
            results.append([t.result() for t in ts])
        for k in range(3):
            outer.create_task(nested(k))
    print(results)
    try:
        async with asyncio.TaskGroup() as tg:
            async def late_fail():
                await asyncio.sleep(0.2)
                tg.create_task(leaf("never", 5))
                raise ValueError("late")
            tg.create_task(late_fail())
    except* ValueError as eg:
        print("ValueError group:", [str(e) for e in eg.exceptions])
    print("log has never:", "never" in log)

asyncio.run(main())
