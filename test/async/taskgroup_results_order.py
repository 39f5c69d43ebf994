import asyncio


async def work(i):
    for _ in range(5 - i):
        await asyncio.sleep(0)
    print("work", i, "finished")
    return i * 100


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(work(i), name=f"w{i}") for i in range(5)]
        print("created:", [t.get_name() for t in tasks])
        await asyncio.sleep(0)
        print("body yielded once; done:", [t.done() for t in tasks])
    print("results:", [t.result() for t in tasks])
    print("all done:", all(t.done() for t in tasks))


asyncio.run(main())
