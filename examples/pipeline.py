# Three stages joined by queues: watch control pass between the tasks with --trace.
import asyncio
import random


async def produce(queue, n):
    for i in range(n):
        await asyncio.sleep(random.uniform(0.01, 0.05))
        await queue.put(i)
        print(f"produced {i}")
    await queue.put(None)


async def square(inbox, outbox):
    while (item := await inbox.get()) is not None:
        await outbox.put(item * item)
    await outbox.put(None)


async def collect(queue):
    total = 0
    while (item := await queue.get()) is not None:
        total += item
        print(f"collected {item}, total {total}")
    return total


async def main():
    random.seed(7)
    raw, squared = asyncio.Queue(maxsize=2), asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(produce(raw, 5), name="producer")
        tg.create_task(square(raw, squared), name="squarer")
        result = tg.create_task(collect(squared), name="collector")
    print("sum of squares:", result.result())


asyncio.run(main())
