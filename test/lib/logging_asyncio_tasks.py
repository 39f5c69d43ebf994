# Logging from several asyncio tasks: a Filter adds the task's name to each record; funcName and
# lineno are those of the coroutine that logged.
import asyncio
import logging
import sys


class TaskNameFilter(logging.Filter):
    def filter(self, record):
        try:
            record.task = asyncio.current_task().get_name()
        except RuntimeError:
            record.task = "-"
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(TaskNameFilter())
handler.setFormatter(logging.Formatter("%(task)-8s %(levelname)-7s %(funcName)s:%(lineno)d %(message)s"))
log = logging.getLogger("pipeline")
log.addHandler(handler)
log.setLevel(logging.DEBUG)


async def producer(q, n):
    for i in range(n):
        await asyncio.sleep(0.01)
        log.debug("put %d", i)
        await q.put(i)
    await q.put(None)
    log.info("producer done")


async def consumer(q, name):
    total = 0
    while (item := await q.get()) is not None:
        total += item
        log.info("%s got %d (total %d)", name, item, total)
    log.warning("%s finished with %d", name, total)
    return total


async def main():
    log.info("starting")
    q = asyncio.Queue()
    p = asyncio.create_task(producer(q, 4), name="producer")
    c = asyncio.create_task(consumer(q, "c1"), name="consumer")
    total = await c
    await p
    log.info("total=%d", total)


start = 0.0


async def run():
    global start
    start = asyncio.get_running_loop().time()
    await main()

asyncio.run(run())
log.info("after the loop")
