# logger.exception inside an except block in a task; exc_info= an exception, a tuple, or True
# outside any except block; the traceback's text as CPython's.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s:%(name)s:%(funcName)s: %(message)s")
log = logging.getLogger("tasks")


async def fetch(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        raise ConnectionError(f"fetch {n} failed")
    return n * 10


async def guarded(n):
    try:
        return await fetch(n)
    except ConnectionError:
        log.exception("task %d crashed", n)
        return None


async def main():
    results = await asyncio.gather(*(guarded(i) for i in range(4)))
    log.info("results %s", results)
    try:
        await fetch(3)
    except ConnectionError as e:
        err = e
    log.error("exc_info=an exception", exc_info=err)
    try:
        {}["missing"]
    except KeyError:
        info = sys.exc_info()
    log.warning("with a tuple", exc_info=info)
    log.error("exc_info=True outside an except block", exc_info=True)
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("wrapped") from e
    except ValueError:
        log.critical("chained", exc_info=True)
    t = asyncio.create_task(fetch(1))
    await asyncio.sleep(0.05)
    log.info("task done: %s", t.done())
    del t

asyncio.run(main())
