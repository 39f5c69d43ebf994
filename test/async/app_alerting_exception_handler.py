import asyncio
import sys
import traceback
from collections import Counter


class AlertSink:
    def __init__(self):
        self.alerts = []
        self.kinds = Counter()

    def __call__(self, loop, context):
        active = sys.exc_info()[1]
        exc = context.get("exception")
        self.kinds[type(exc).__name__ if exc else "none"] += 1
        same = active is exc
        last = traceback.format_exc().strip().splitlines()[-1]
        self.alerts.append(f"{context['message'].split(' at ')[0]} | active={type(active).__name__} same={same} | {last}")
        if isinstance(exc, MemoryError):
            raise RuntimeError("alert sink overloaded")


class Metrics:
    def __init__(self):
        self.values = {}

    def record(self, name, value):
        if value < 0:
            raise ValueError(f"negative metric {name}={value}")
        self.values[name] = value

    def flush(self, fut):
        total = sum(self.values.values()) / fut.result()
        print(f"flushed {len(self.values)} metrics, mean {total:.2f}")


def overload():
    raise MemoryError("too many alerts")


async def collector(m):
    loop = asyncio.get_running_loop()
    for i, v in enumerate([3, -1, 5, 8]):
        loop.call_soon(m.record, f"m{i}", v)
        await asyncio.sleep(0)
    loop.call_later(0.01, m.record, "late", -7)
    await asyncio.sleep(0.02)


async def main():
    loop = asyncio.get_running_loop()
    sink = AlertSink()
    loop.set_exception_handler(sink)
    m = Metrics()
    await collector(m)
    done = loop.create_future()
    done.add_done_callback(m.flush)
    done.set_result(len(m.values))
    await asyncio.sleep(0)
    zero = loop.create_future()
    zero.add_done_callback(m.flush)
    zero.set_result(0)
    await asyncio.sleep(0)
    loop.call_soon(overload)
    await asyncio.sleep(0)
    try:
        raise ConnectionError("link down")
    except ConnectionError:
        loop.call_exception_handler({"message": "manual alert"})
    loop.call_exception_handler({"message": "quiet alert"})
    for a in sink.alerts:
        print(a)
    print(sorted(sink.kinds.items()))
    print("metrics", m.values)
    loop.set_exception_handler(None)
    loop.call_soon(m.record, "final", -1)
    await asyncio.sleep(0)


asyncio.run(main())
