import asyncio
import functools


class TTLCache:
    def __init__(self, ttl):
        self.ttl = ttl
        self.data = {}
        self.hits = self.misses = 0
        self.inflight = {}

    def _now(self):
        return asyncio.get_running_loop().time()

    async def get(self, key, loader):
        entry = self.data.get(key)
        if entry is not None and entry[1] > self._now():
            self.hits += 1
            return entry[0]
        self.misses += 1
        if key in self.inflight:
            return await asyncio.shield(self.inflight[key])
        fut = asyncio.ensure_future(loader(key))
        self.inflight[key] = fut
        try:
            value = await asyncio.shield(fut)
        finally:
            self.inflight.pop(key, None)
        self.data[key] = (value, self._now() + self.ttl)
        return value


def debounce(delay):
    def deco(fn):
        handle = None
        calls = []

        @functools.wraps(fn)
        def wrapper(*args):
            nonlocal handle
            calls.append(args)
            if handle is not None:
                handle.cancel()
            handle = asyncio.get_running_loop().call_later(delay, fn, *args)
            return handle

        wrapper.calls = calls
        return wrapper
    return deco


def throttle(interval):
    def deco(fn):
        last = [None]
        dropped = []

        @functools.wraps(fn)
        def wrapper(*args):
            now = asyncio.get_running_loop().time()
            if last[0] is None or now - last[0] >= interval - 1e-9:
                last[0] = now
                return fn(*args)
            dropped.append(args)
            return None

        wrapper.dropped = dropped
        return wrapper
    return deco


events = []
t0 = None


def stamp():
    return round(asyncio.get_running_loop().time() - t0, 2)


@debounce(0.05)
def save(doc):
    """Persist the document."""
    events.append(("save", doc))


@throttle(0.03)
def ping(n):
    events.append(("ping", n))
    return n


async def loader(key):
    events.append(("load", key))
    await asyncio.sleep(0.02)
    if key == "bad":
        raise KeyError(key)
    return key * 2


async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    cache = TTLCache(ttl=0.1)
    r = await asyncio.gather(cache.get("a", loader), cache.get("a", loader), cache.get("b", loader))
    print("first", r)
    print(await cache.get("a", loader), cache.hits, cache.misses)
    await asyncio.sleep(0.12)
    print(await cache.get("a", loader), cache.hits, cache.misses)
    try:
        await cache.get("bad", loader)
    except KeyError as e:
        print("KeyError", e)
    print("inflight", cache.inflight)

    for i in range(5):
        h = save(f"v{i}")
        await asyncio.sleep(0.02)
    print("handle cancelled?", h.cancelled(), "when later than now", h.when() > asyncio.get_running_loop().time())
    await asyncio.sleep(0.06)
    for i in range(10):
        ping(i)
        await asyncio.sleep(0.011)
    print("dropped", [a[0] for a in ping.dropped])
    print(save.__name__, save.__doc__, len(save.calls))
    for e in events:
        print(*e)


asyncio.run(main())
