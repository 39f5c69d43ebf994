import asyncio

def bad_callback(x):
    raise ValueError(f"bad {x}")

def handler(loop, context):
    keys = sorted(context)
    exc = context.get("exception")
    print("handler:", context["message"], keys, repr(exc))

async def main():
    loop = asyncio.get_running_loop()
    print("default handler:", loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print("is ours:", loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback, 1)
    await asyncio.sleep(0)
    loop.call_later(0.1, bad_callback, 2)
    await asyncio.sleep(0.2)
    loop.call_exception_handler({"message": "custom", "extra": 5})
    loop.call_exception_handler({"message": "with exc", "exception": KeyError("k")})

    loop.set_exception_handler(None)
    print("reset:", loop.get_exception_handler())
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)

    def failing_handler(loop, context):
        raise OSError("handler broke")
    loop.set_exception_handler(failing_handler)
    loop.call_soon(bad_callback, 3)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    print("end")

asyncio.run(main())
