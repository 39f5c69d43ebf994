# The default exception handler's output on stderr for a raising call_soon callback,
# a custom call_exception_handler context, and a handler that itself raises.
import asyncio
import sys


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(int, "not a number")
    await asyncio.sleep(0)
    print("after call_soon error", flush=True)
    loop.call_exception_handler({"message": "custom message", "extra": 42})
    print("after custom", flush=True)

    def broken_handler(loop, ctx):
        raise RuntimeError("handler broke")

    loop.set_exception_handler(broken_handler)
    loop.call_soon(int, "again")
    await asyncio.sleep(0)
    print("after broken handler", flush=True)
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "no exception key"})
    sys.stdout.flush()
    print("end", flush=True)


asyncio.run(main())
