# With logging configured, asyncio's own logger ('asyncio') goes through it: debug mode's
# 'Using selector' and 'Close' records, and a task exception never retrieved.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s %(name)s %(module)s.%(funcName)s: %(message)s")


async def fail():
    await asyncio.sleep(0)
    raise RuntimeError("unretrieved")


async def main():
    logging.info("in main, debug=%s", asyncio.get_running_loop().get_debug())
    t = asyncio.create_task(fail())
    await asyncio.sleep(0.01)
    del t

async def quiet():
    logging.info("debug=%s", asyncio.get_running_loop().get_debug())
    await asyncio.sleep(0)

asyncio.run(quiet(), debug=True)
logging.getLogger("asyncio").setLevel(logging.CRITICAL)
asyncio.run(main())
logging.getLogger("asyncio").setLevel(logging.NOTSET)
logging.getLogger().setLevel(logging.INFO)
asyncio.run(main())
