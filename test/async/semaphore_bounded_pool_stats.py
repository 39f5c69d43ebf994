import asyncio

active = 0
peak = 0


async def task(i, sem):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"t{i} in (active={active}, locked={sem.locked()})")
        await asyncio.sleep(0.05 + 0.03 * i)
        active -= 1
    return i


async def main():
    sem = asyncio.BoundedSemaphore(2)
    results = await asyncio.gather(*(task(i, sem) for i in range(6)))
    print(results, "peak", peak)
    print(sem.locked(), sem._value)


asyncio.run(main())
