import asyncio
import random

random.seed(3)
attempts = {}


async def flaky(key):
    n = attempts[key] = attempts.get(key, 0) + 1
    delay = [0.5, 0.3, 0.05, 0.02][min(n - 1, 3)]
    await asyncio.sleep(delay)
    if n < 3 and key != "ok":
        raise OSError(f"{key} attempt {n} failed")
    return f"{key}:{n}"


async def retry(key, tries=5, base=0.01, timeout=0.2):
    for i in range(tries):
        try:
            return await asyncio.wait_for(flaky(key), timeout)
        except asyncio.TimeoutError as e:
            print(f"{key} try {i} timeout {type(e).__name__} {e!r}")
        except OSError as e:
            print(f"{key} try {i} error {e}")
        backoff = base * 2 ** i + random.random() / 100
        print(f"{key} backoff {backoff:.4f}")
        await asyncio.sleep(backoff)
    raise RuntimeError(f"{key} gave up")


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    r = []
    for coro in (retry("a"), retry("ok", timeout=0.23), retry("b", tries=2, timeout=0.26)):
        try:
            r.append(await coro)
        except RuntimeError as e:
            r.append(e)
    print(r)
    print(attempts)
    print("elapsed over 1.5s:", loop.time() - t0 > 1.5)


asyncio.run(main())
