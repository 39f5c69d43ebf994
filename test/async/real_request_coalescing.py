# Request coalescing: concurrent callers for the same key share one in-flight future; a caller
# that gives up (wait_for timeout) must not cancel the shared work, thanks to shield().
import asyncio

calls = 0

async def fetch(key):
    global calls
    calls += 1
    await asyncio.sleep(0.3)
    if key == "bad":
        raise LookupError(key)
    return key.upper()


class Coalescer:
    def __init__(self):
        self.inflight = {}

    async def get(self, key):
        fut = self.inflight.get(key)
        if fut is None:
            fut = asyncio.ensure_future(fetch(key))
            self.inflight[key] = fut
            fut.add_done_callback(lambda f, k=key: self.inflight.pop(k))
        return await asyncio.shield(fut)


async def caller(c, name, key, patience):
    try:
        v = await asyncio.wait_for(c.get(key), patience)
        print(f"{name}: {key} -> {v}")
    except TimeoutError:
        print(f"{name}: gave up on {key}")
    except LookupError as e:
        print(f"{name}: error {e!r}")


async def main():
    c = Coalescer()
    await asyncio.gather(
        caller(c, "c1", "x", 1), caller(c, "c2", "x", 0.1), caller(c, "c3", "x", 1),
        caller(c, "c4", "bad", 1), caller(c, "c5", "bad", 1), caller(c, "c6", "y", 0.5),
    )
    print("fetch calls:", calls, "inflight left:", len(c.inflight))
    await caller(c, "c7", "x", 1)
    print("fetch calls:", calls)

asyncio.run(main())
