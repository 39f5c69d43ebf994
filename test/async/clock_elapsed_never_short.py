# A sleep is never measured shorter than asked, whatever the clock read before it: relative
# sleeps (asyncio.sleep, time.sleep, call_later) and absolute deadlines (call_at, timeout_at).
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    short = []
    for i in range(40):
        d = (i % 13 + 1) / 100
        t0 = loop.time()
        await asyncio.sleep(d)
        if loop.time() - t0 < d:
            short.append(('sleep', d))
        m0 = time.monotonic()
        time.sleep(d / 7)
        if time.monotonic() - m0 < d / 7:
            short.append(('time.sleep', d))
        base = loop.time()
        fired = loop.create_future()
        loop.call_at(base + d / 3, fired.set_result, None)
        await fired
        if loop.time() - base < d / 3:
            short.append(('call_at', d))
        base = loop.time()
        try:
            async with asyncio.timeout_at(base + d / 9):
                await asyncio.sleep(10)
        except TimeoutError:
            if loop.time() - base < d / 9:
                short.append(('timeout_at', d))
    print('measured short:', short)
    t0 = time.monotonic()
    await asyncio.sleep(1)
    print('one second:', round(time.monotonic() - t0, 1))


asyncio.run(main())
