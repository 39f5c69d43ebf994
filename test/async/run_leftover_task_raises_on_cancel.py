# asyncio.run(): main returns while leftover tasks are pending; one re-raises a different
# exception when cancelled (reported as "unhandled exception during asyncio.run()
# shutdown"), one swallows and returns, one needs extra awaits to finish.
# Leftover tasks are cancelled in set order: their reports are collected and sorted (the task
# steps follow that order, so this program is in STEP_ORDER_UNSTABLE).
import asyncio

LOG = []


async def raises_on_cancel():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        LOG.append("raises_on_cancel: converting")
        raise ValueError("raised during shutdown")


async def swallows():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        LOG.append("swallows: got " + repr(e))
        return "swallowed"


async def slow_cleanup():
    try:
        await asyncio.sleep(10)
    finally:
        LOG.append("slow_cleanup: cleaning")
        await asyncio.sleep(0.01)
        LOG.append("slow_cleanup: cleaned")


def handler(loop, ctx):
    LOG.append("handler: %s | %s | %r" % (ctx["message"], ctx["task"].get_name(), ctx["exception"]))


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(raises_on_cancel(), name="R")
    asyncio.create_task(swallows(), name="S")
    asyncio.create_task(slow_cleanup(), name="C")
    await asyncio.sleep(0)
    print("main returns")
    return "main result"


print("run ->", asyncio.run(main()))
for line in sorted(LOG):
    print(line)
