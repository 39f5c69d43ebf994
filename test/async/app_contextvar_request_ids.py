import asyncio
import contextvars
import functools
import logging

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")


class ContextFilter(logging.Filter):
    def filter(self, record):
        record.rid = request_id.get()
        return True


logger = logging.getLogger("app")
handler = logging.StreamHandler()
import sys
handler.stream = sys.stdout
handler.setFormatter(logging.Formatter("[%(rid)s] %(levelname)s %(message)s"))
handler.addFilter(ContextFilter())
logger.addHandler(handler)
logger.setLevel(logging.DEBUG)
logger.propagate = False


def with_request(rid):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*a, **kw):
            token = request_id.set(rid)
            try:
                return await fn(*a, **kw)
            finally:
                request_id.reset(token)
        return wrapper
    return deco


def cpu_bound(n):
    logger.debug("crunching %d in thread", n)
    return sum(i * i for i in range(n))


async def db_query(q):
    logger.info("query %s", q)
    await asyncio.sleep(0)
    return len(q)


async def handle(rid, name, n):
    @with_request(rid)
    async def inner():
        user.set(name)
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_soon(lambda: (logger.info("callback sees user=%s", user.get("?")), fut.set_result(request_id.get())))
        seen = await fut
        rows = await db_query(f"select * from t where u='{name}'")
        crunched = await asyncio.to_thread(cpu_bound, n)
        child = asyncio.create_task(db_query("child"))
        request_id.set(rid + "-changed")
        await child
        logger.warning("done rows=%d crunched=%d seen=%s", rows, crunched, seen)
        return request_id.get(), user.get()
    result = await inner()
    logger.info("outside wrapper user=%s", user.get("unset"))
    return result


async def main():
    logger.info("start")
    results = [await handle("r1", "ann", 10), await handle("r2", "bob", 20)]
    print(results)
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in-copied")
    loop = asyncio.get_running_loop()
    h = loop.call_soon(lambda: logger.info("copied context callback"), context=ctx)
    await asyncio.sleep(0)
    t = asyncio.create_task(db_query("ctx task"), context=ctx)
    await t
    print(sorted((v.name, val) for v, val in ctx.items() if v.name == "request_id"))
    logger.info("end %s", user.get("nobody"))


asyncio.run(main())
