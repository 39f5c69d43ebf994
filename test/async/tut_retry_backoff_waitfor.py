"""Retry decorator with exponential backoff; each attempt bounded by asyncio.wait_for."""
import asyncio
import functools
from typing import Awaitable, Callable, TypeVar

T = TypeVar("T")


class TransientError(Exception):
    pass


def retry(attempts: int = 4, base: float = 0.01, timeout: float = 0.05, factor: float = 2.0):
    def decorator(fn: Callable[..., Awaitable[T]]):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs) -> T:
            delay = base
            last: BaseException | None = None
            for attempt in range(1, attempts + 1):
                try:
                    return await asyncio.wait_for(fn(*args, **kwargs), timeout=timeout)
                except (TransientError, asyncio.TimeoutError) as exc:
                    last = exc
                    kind = type(exc).__name__
                    print(f"  [{fn.__name__}] attempt {attempt} failed: {kind}: {exc}")
                    if attempt == attempts:
                        break
                    await asyncio.sleep(delay)
                    delay *= factor
            raise RuntimeError(f"{fn.__name__} failed after {attempts} attempts") from last
        return wrapper
    return decorator


calls: dict[str, int] = {}


@retry(attempts=4)
async def flaky_service(key: str, fail_times: int, hang_on: int = -1) -> str:
    n = calls[key] = calls.get(key, 0) + 1
    if n == hang_on:
        await asyncio.sleep(1)
    await asyncio.sleep(0.005)
    if n <= fail_times:
        raise TransientError(f"{key} #{n} unavailable")
    return f"{key}: ok on call {n}"


async def main():
    loop = asyncio.get_running_loop()
    print("wrapped name:", flaky_service.__name__, flaky_service.__wrapped__.__name__)
    for key, fails, hang in [("alpha", 0, -1), ("beta", 2, -1), ("gamma", 1, 2), ("delta", 9, -1)]:
        t0 = loop.time()
        try:
            res = await flaky_service(key, fails, hang_on=hang)
        except RuntimeError as e:
            cause = e.__cause__
            res = f"{e} (cause={type(cause).__name__}: {cause})"
        print(f"{key}: {res} [took >= 0.005s: {loop.time() - t0 >= 0.005}]")
    print(sorted(calls.items()))


asyncio.run(main())
