"""Retry helper with exponential backoff and per-attempt wait_for timeouts."""
import asyncio


class Flaky:
    def __init__(self, name, script):
        self.name = name
        self.script = list(script)
        self.calls = 0

    async def __call__(self):
        self.calls += 1
        action = self.script.pop(0) if self.script else "ok"
        if action == "hang":
            await asyncio.sleep(0.3)
        await asyncio.sleep(0)
        if action == "fail":
            raise ConnectionError(f"{self.name} call {self.calls} failed")
        return f"{self.name} ok after {self.calls} calls"


async def retry(fn, attempts, timeout, base_delay, log):
    delay = base_delay
    for attempt in range(1, attempts + 1):
        try:
            result = await asyncio.wait_for(fn(), timeout)
            log.append(f"attempt {attempt}: success")
            return result
        except TimeoutError:
            log.append(f"attempt {attempt}: timeout")
        except ConnectionError as e:
            log.append(f"attempt {attempt}: {e}")
        if attempt < attempts:
            log.append(f"  backing off {delay:.3f}s")
            await asyncio.sleep(delay)
            delay *= 2
    raise RuntimeError(f"gave up after {attempts} attempts")


async def main():
    cases = [
        ("steady", []),
        ("two-fails", ["fail", "fail"]),
        ("hangs-once", ["hang", "fail"]),
        ("hopeless", ["fail", "hang", "fail", "fail"]),
    ]
    for name, script in cases:
        log = []
        fn = Flaky(name, script)
        try:
            result = await retry(fn, attempts=3, timeout=0.02, base_delay=0.002, log=log)
        except RuntimeError as e:
            result = f"ERROR: {e}"
        print(f"== {name}")
        for line in log:
            print("  ", line)
        print("   result:", result)
    flakies = [Flaky(f"p{i}", ["fail"] * i) for i in range(3)]
    logs = [[] for _ in flakies]
    res = await asyncio.gather(
        *(retry(f, 3, 0.05, 0.001, lg) for f, lg in zip(flakies, logs)),
        return_exceptions=True,
    )
    print("parallel:", [r if isinstance(r, str) else repr(r) for r in res])
    print("calls:", [f.calls for f in flakies])


asyncio.run(main())
