import asyncio


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print("woke", name)


async def main():
    loop = asyncio.get_running_loop()
    # equal delays scheduled in creation order wake in that order
    tasks = []
    for i in range(6):
        tasks.append(loop.create_task(sleeper(f"s{i}", 0.01)))
    await asyncio.sleep(0.15)
    print("all done:", all(t.done() for t in tasks))
    for i in range(4):
        tasks.append(asyncio.create_task(sleeper(f"z{i}", 0)))
    await asyncio.sleep(0)
    print("main after one sleep(0)")
    await asyncio.sleep(0)
    print("main after two sleep(0)")


asyncio.run(main())
