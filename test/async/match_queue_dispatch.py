# A consumer dispatching queue messages with match: awaits in the subject, in guards and in case bodies.
import asyncio
import dataclasses


@dataclasses.dataclass
class Job:
    name: str
    cost: int


@dataclasses.dataclass
class Stop:
    reason: str


async def fetch(q):
    msg = await q.get()
    await asyncio.sleep(0)
    return msg


async def allowed(cost):
    await asyncio.sleep(0)
    return cost < 5


async def consumer(q, results):
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    while True:
        match await fetch(q):
            case Job(name, cost) if await allowed(cost):
                await asyncio.sleep(cost * 0.01)
                results.append(f"ran {name} at {round(loop.time() - t0, 2)}")
            case Job(name=name):
                results.append(f"too costly {name}")
            case {"cmd": "ping", "reply": fut}:
                fut.set_result("pong")
            case ("batch", *jobs):
                for j in jobs:
                    await q.put(j)
                results.append(f"batch of {len(jobs)}")
            case Stop(reason):
                results.append(f"stopped: {reason}")
                return len(results)
            case other:
                results.append(f"unknown {other!r}")
        q.task_done()


async def producer(q):
    await q.put(Job("a", 1))
    await q.put(Job("b", 9))
    fut = asyncio.get_running_loop().create_future()
    await q.put({"cmd": "ping", "reply": fut})
    print("ping answered:", await fut)
    await q.put(("batch", Job("c", 2), Job("d", 7)))
    await q.put(42)
    await asyncio.sleep(0.1)
    await q.put(Stop("done"))


async def main():
    q = asyncio.Queue()
    results = []
    c = asyncio.create_task(consumer(q, results), name="consumer")
    p = asyncio.create_task(producer(q), name="producer")
    await p
    n = await c
    for r in results:
        print(r)
    print("handled", n)


asyncio.run(main())
