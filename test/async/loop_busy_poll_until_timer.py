import asyncio


async def main():
    loop = asyncio.get_running_loop()
    # A task polls with sleep(0) while only a timer can end the wait: the timer still comes due.
    t = asyncio.create_task(asyncio.sleep(0.02, "slept"))
    spins = 0
    while not t.done():
        spins += 1
        await asyncio.sleep(0)
    print("timer fired after polling:", spins > 1, t.result())

    fired = []
    for _ in range(5000):
        await asyncio.sleep(0)
    h = loop.call_later(0.01, fired.append, "late")
    await asyncio.sleep(0)
    print("a busy loop before the timer was made does not make it early:", fired)
    while not fired:
        await asyncio.sleep(0)
    print("then it fires:", fired, h.cancelled())

    async def spinner(flag):
        n = 0
        while not flag.is_set():
            n += 1
            await asyncio.sleep(0)
        return n > 0

    flag = asyncio.Event()
    loop.call_later(0.015, flag.set)
    print("spinners stop:", await asyncio.gather(spinner(flag), spinner(flag)))
    try:
        await asyncio.wait_for(spinner(asyncio.Event()), 0.01)
    except TimeoutError:
        print("a spinning task still times out")


asyncio.run(main())
