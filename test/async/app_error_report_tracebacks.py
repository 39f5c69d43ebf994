import asyncio
import sys
import traceback


class JobFailed(Exception):
    pass


class Reporter:
    def __init__(self):
        self.reports = []

    def report(self, title):
        etype, exc, tb = sys.exc_info()
        lines = traceback.format_exception(etype, exc, tb)
        body = "".join(lines)
        self.reports.append((title, etype.__name__, body.count("File "), len(lines)))
        print(f"--- {title} ---")
        print(body, end="")


def make_future_job(loop, outcome):
    fut = loop.create_future()
    if isinstance(outcome, BaseException):
        loop.call_soon(fut.set_exception, outcome)
    else:
        loop.call_soon(fut.set_result, outcome)
    return fut


def parse_records(lines):
    for n, line in enumerate(lines, 1):
        key, _, value = line.partition("=")
        if not value:
            raise ValueError(f"line {n}: missing value for {key!r}")
        received = yield key, int(value)
        if received == "stop":
            return n


async def staged(values):
    total = 0
    for v in values:
        total += 100 // v
        await asyncio.sleep(0)
    return total


async def events():
    yield "start"
    yield "middle"


async def stream_part(rep):
    ev = events()
    try:
        print(await anext(ev))
        await ev.athrow(ConnectionError("stream reset"))
    except ConnectionError:
        rep.report("athrow")


async def main():
    loop = asyncio.get_running_loop()
    rep = Reporter()
    try:
        result = await make_future_job(loop, JobFailed("remote job 17 failed"))
    except JobFailed:
        rep.report("awaited future failed")
    try:
        await make_future_job(loop, KeyError("k"))
    except KeyError:
        rep.report("bare await")
    g = parse_records(["a=1", "b=2", "c"])
    try:
        print(next(g), g.send(None))
        g.throw(RuntimeError("consumer gave up"))
    except RuntimeError:
        rep.report("thrown into generator")
    g2 = parse_records(["x=1", "y"])
    try:
        print(list(g2))
    except ValueError:
        rep.report("generator raised")
    try:
        print(await staged([5, 2, 0, 1]))
    except ZeroDivisionError:
        rep.report("zero division in coroutine")
    await stream_part(rep)
    c = staged([1])
    try:
        c.throw(TimeoutError("never started"))
    except TimeoutError:
        rep.report("thrown into fresh coroutine")
    t = asyncio.create_task(staged([1, 0]))
    try:
        await t
    except ZeroDivisionError:
        rep.report("task failed")
    for r in rep.reports:
        print(r)


asyncio.run(main())
