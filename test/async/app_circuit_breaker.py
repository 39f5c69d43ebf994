import asyncio
import enum
import functools
import traceback


class BreakerState(enum.Enum):
    CLOSED = 1
    OPEN = 2
    HALF_OPEN = 3


class CircuitOpenError(Exception):
    pass


class ServiceError(Exception):
    pass


class CircuitBreaker:
    def __init__(self, threshold, reset_after):
        self.threshold = threshold
        self.reset_after = reset_after
        self.failures = 0
        self.state = BreakerState.CLOSED
        self.opened_at = None
        self.transitions = []

    def _set(self, st):
        if st != self.state:
            self.transitions.append((self.state.name, st.name))
            self.state = st

    def __call__(self, fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            now = asyncio.get_running_loop().time()
            if self.state is BreakerState.OPEN:
                if now - self.opened_at >= self.reset_after:
                    self._set(BreakerState.HALF_OPEN)
                else:
                    raise CircuitOpenError(f"{fn.__name__} circuit open")
            try:
                result = await fn(*args, **kwargs)
            except ServiceError as e:
                self.failures += 1
                if self.state is BreakerState.HALF_OPEN or self.failures >= self.threshold:
                    self._set(BreakerState.OPEN)
                    self.opened_at = now
                raise
            else:
                self.failures = 0
                self._set(BreakerState.CLOSED)
                return result
        wrapper.breaker = self
        return wrapper


def retry(times, exceptions=(Exception,), delay=0.0):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except exceptions as e:
                    last = e
                    print(f"  retry {fn.__name__} #{attempt}: {type(e).__name__}: {e}")
                    await asyncio.sleep(delay)
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts") from last
        return wrapper
    return deco


plan = iter("ffffooffofoo")


@CircuitBreaker(threshold=3, reset_after=0.05)
async def call_service(x):
    """Calls the flaky service."""
    await asyncio.sleep(0)
    step = next(plan)
    if step == "f":
        raise ServiceError(f"failure on {x}")
    return x * 2


@retry(3, exceptions=(ServiceError,), delay=0.001)
async def robust(x):
    return await call_service(x)


async def main():
    print(call_service.__name__, call_service.__doc__, robust.__wrapped__.__name__)
    br = call_service.breaker
    results = []
    for i in range(8):
        try:
            results.append(await call_service(i))
        except (ServiceError, CircuitOpenError) as e:
            results.append(f"{type(e).__name__}({e})")
        if i == 4:
            await asyncio.sleep(0.06)
    for r in results:
        print(r)
    print("state", br.state, br.failures)
    print(br.transitions)
    try:
        print(await robust(100))
        print(await robust(200))
    except RuntimeError as e:
        print("RuntimeError:", e)
        print("cause:", repr(e.__cause__))
        print("".join(traceback.format_exception_only(type(e), e)).strip())
        print("context is cause:", e.__context__ is e.__cause__)
    print("final", br.state.name, br.transitions[-1])


asyncio.run(main())
