"""Simulated HTTP API client: 429 responses carry Retry-After; a client honours it, limits
concurrency with a Semaphore and reports per-request attempts with formatted output."""
import asyncio
import itertools
from dataclasses import dataclass, field


@dataclass
class Response:
    status: int
    body: str = ""
    headers: dict = field(default_factory=dict)


class RateLimitedServer:
    """Allows `burst` requests per window; later ones get 429 with Retry-After."""

    def __init__(self, burst: int, window: float) -> None:
        self.burst = burst
        self.window = window
        self.window_start = None
        self.count = 0
        self.ids = itertools.count(1)

    async def handle(self, path: str) -> Response:
        loop = asyncio.get_running_loop()
        now = loop.time()
        if self.window_start is None or now - self.window_start >= self.window:
            self.window_start, self.count = now, 0
        self.count += 1
        limited = self.count > self.burst
        await asyncio.sleep(0)
        if limited:
            retry = self.window_start + self.window - now
            return Response(429, headers={"Retry-After": retry})
        return Response(200, body=f"{path}#{next(self.ids)}")


class TooManyRetries(Exception):
    pass


async def get(server: RateLimitedServer, sem: asyncio.Semaphore, path: str, max_tries: int = 5,
              jitter: float = 0.0):
    for attempt in itertools.count(1):
        async with sem:
            resp = await server.handle(path)
        if resp.status == 200:
            return path, attempt, resp.body
        if attempt >= max_tries:
            raise TooManyRetries(f"{path}: gave up after {attempt} tries")
        await asyncio.sleep(resp.headers["Retry-After"] + jitter)


async def main():
    server = RateLimitedServer(burst=3, window=0.05)
    sem = asyncio.Semaphore(4)
    paths = [f"/items/{i}" for i in range(8)]
    results = await asyncio.gather(*(get(server, sem, p, jitter=0.03 * i) for i, p in enumerate(paths)),
                                   return_exceptions=True)
    print(f"{'path':<10}{'tries':>6}  body")
    for r in results:
        if isinstance(r, Exception):
            print(f"{'!':<10}{'-':>6}  {type(r).__name__}: {r}")
        else:
            path, tries, body = r
            print(f"{path:<10}{tries:>6}  {body}")
    total = sum(r[1] for r in results if not isinstance(r, Exception))
    print(f"total attempts: {total}, served ids: {next(server.ids) - 1}")
    strict = RateLimitedServer(burst=1, window=0.2)
    try:
        print(await asyncio.gather(get(strict, sem, "/a", 2), get(strict, sem, "/b", 2, jitter=0.03),
                                   get(strict, sem, "/c", 2, jitter=0.06)))
    except TooManyRetries as e:
        print("strict server:", e)


asyncio.run(main())
