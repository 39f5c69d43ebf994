import asyncio


def bad_callback():
    print("callback raising")
    raise KeyError("in callback")


async def main():
    loop = asyncio.get_running_loop()
    caught = []
    loop.set_exception_handler(lambda lp, ctx: caught.append((ctx["message"].split(" at ")[0], repr(ctx.get("exception")))))
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    print("loop survived; handler got:", caught)
    loop.set_exception_handler(None)
    print("handler reset:", loop.get_exception_handler())


asyncio.run(main())
