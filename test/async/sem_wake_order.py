import asyncio


async def taker(sem, name):
    print(name, "acquiring")
    await sem.acquire()
    print(name, "acquired")


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    ts = [asyncio.create_task(taker(sem, f"t{i}")) for i in range(4)]
    await asyncio.sleep(0)
    ts[1].cancel()
    for i in range(3):
        print("release", i)
        sem.release()
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("states:", [("cancelled" if t.cancelled() else "done" if t.done() else "waiting") for t in ts])
    sem.release()
    await asyncio.sleep(0)
    print("states:", [("cancelled" if t.cancelled() else "done" if t.done() else "waiting") for t in ts])


asyncio.run(main())
