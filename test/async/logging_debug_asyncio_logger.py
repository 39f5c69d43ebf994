import asyncio
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")


async def worker(n):
    log.info("worker %d start", n)
    await asyncio.sleep(0.01 * n)
    log.debug("worker %d done", n)
    if n == 2:
        raise ValueError("two")
    return n


async def main():
    res = await asyncio.gather(worker(1), worker(2), return_exceptions=True)
    log.warning("results %r", res)
    t = asyncio.create_task(worker(2))
    await asyncio.sleep(0.05)
    print(t.exception())
    log.error("end of main")


asyncio.run(main())
print("done")
