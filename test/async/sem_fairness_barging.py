# Semaphore fairness in 3.11: a release wakes the first waiter, and a newcomer that calls
# acquire() before the woken waiter runs must queue behind it instead of barging in.
import asyncio


def rp(o):
    s = repr(o)
    i = s.find(" object at 0x")
    return s if i < 0 else s[:i] + s[s.find(" ", i + 11):]


async def user(sem, name, hold, log):
    log.append(f"{name} wants")
    async with sem:
        log.append(f"{name} got")
        await asyncio.sleep(hold)
    log.append(f"{name} released; locked() = {sem.locked()}")
    if name == "a":
        # Try to barge in again at once: b was woken first, so a queues behind b and c.
        async with sem:
            log.append("a got it again")


async def main():
    log = []
    sem = asyncio.Semaphore(1)
    a = asyncio.create_task(user(sem, "a", 0.1, log))
    await asyncio.sleep(0)
    b = asyncio.create_task(user(sem, "b", 0.1, log))
    c = asyncio.create_task(user(sem, "c", 0.1, log))
    await asyncio.sleep(0)
    print("waiting:", rp(sem), "locked:", sem.locked())
    await asyncio.gather(a, b, c)
    print("\n".join(log))
    print(rp(sem))
    s0 = asyncio.Semaphore(0)
    order = []
    async def waiter(i):
        await s0.acquire()
        order.append(i)
    ws = [asyncio.create_task(waiter(i)) for i in range(4)]
    await asyncio.sleep(0)
    ws[1].cancel()
    s0.release()
    s0.release()
    await asyncio.sleep(0)
    print("locked after two releases:", s0.locked(), rp(s0))
    s0.release()
    s0.release()
    await asyncio.gather(*ws, return_exceptions=True)
    print("order:", order, rp(s0))

asyncio.run(main())
