import asyncio


async def worker(sem, name, log):
    async with sem:
        log.append(f"{name} in (locked={sem.locked()})")
        await asyncio.sleep(0.01)
        log.append(f"{name} out")


async def main():
    sem = asyncio.Semaphore(2)
    print("locked:", sem.locked())
    log = []
    await asyncio.gather(*(worker(sem, f"w{i}", log) for i in range(5)))
    for line in log:
        print(line)
    print("locked after:", sem.locked())
    s0 = asyncio.Semaphore(0)
    print("Semaphore(0) locked:", s0.locked())
    s0.release()
    s0.release()
    await s0.acquire()
    await s0.acquire()
    print("two acquires after two releases; locked:", s0.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
