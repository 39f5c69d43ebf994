import asyncio


def rp(o):
    """repr without the address."""
    s = repr(o)
    i = s.find(" object at 0x")
    if i < 0:
        return s
    j = s.find(" ", i + 11)
    return s[:i] + s[j:]

async def worker(sem, name, order):
    async with sem:
        order.append(name)
        await asyncio.sleep(0.1)

async def main():
    sem = asyncio.Semaphore(0)
    print(rp(sem), sem.locked())
    order = []
    ts = [asyncio.create_task(worker(sem, f"w{i}", order)) for i in range(4)]
    await asyncio.sleep(0)
    print(rp(sem))
    sem.release()
    sem.release()
    print("after 2 releases:", rp(sem))
    await asyncio.sleep(0)
    print("order:", order)
    sem.release()
    await asyncio.gather(*ts)
    print("order:", order, rp(sem))
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    print(rp(b))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(1)
    await s.acquire()
    t = asyncio.create_task(s.acquire())
    await asyncio.sleep(0)
    t.cancel()
    s.release()
    await asyncio.sleep(0)
    print("cancelled acquire:", t.cancelled(), rp(s))
    print("acquire returns:", await s.acquire())

asyncio.run(main())
