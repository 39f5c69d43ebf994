import asyncio
import sys


def handler(loop, context):
    active = sys.exc_info()[1]
    exc = context.get("exception")
    print("handler:", context["message"].split(" at ")[0], "| active:", repr(active), "| same:", active is exc)
    if isinstance(exc, LookupError):
        raise RuntimeError("handler failed")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    loop.call_later(0.001, lambda: [][1])
    await asyncio.sleep(0.01)
    f = loop.create_future()
    f.add_done_callback(lambda fut: {}["missing"])
    f.set_result(None)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "no exception"})
    try:
        raise OSError("in main")
    except OSError:
        loop.call_exception_handler({"message": "called inside except"})
    print("after", sys.exc_info())


asyncio.run(main())
