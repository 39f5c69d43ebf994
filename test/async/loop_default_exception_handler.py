import asyncio
import sys

async def main():
    loop = asyncio.get_running_loop()
    saved = sys.stderr
    sys.stderr = sys.stdout
    loop.default_exception_handler({"message": "plain message"})
    loop.default_exception_handler({})
    loop.default_exception_handler({"message": "with keys", "b": [1, 2], "a": "x"})
    loop.call_exception_handler({"message": "via call", "future": None})
    def cb():
        print("callback runs")
    h = loop.call_soon(cb)
    loop.default_exception_handler({"message": "handle", "handle": h})
    await asyncio.sleep(0)
    loop.default_exception_handler({"message": "", "handle": h})
    sys.stderr = saved

asyncio.run(main())
