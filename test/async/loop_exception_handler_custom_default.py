import asyncio


def handler(loop, context):
    keys = sorted(context)
    print("handler:", context["message"], keys, type(context.get("exception")).__name__)
    if context.get("exception") and isinstance(context["exception"], KeyError):
        loop.default_exception_handler(context)


def bad_cb(x):
    raise ZeroDivisionError(f"cb {x}")


async def failing():
    raise KeyError("lost")


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_cb, 1)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom message", "extra": 42})
    t = asyncio.create_task(failing())
    await asyncio.sleep(0)
    print(t.done())
    loop.set_exception_handler(None)
    loop.call_soon(bad_cb, 2)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "plain message"})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    print("end")


asyncio.run(main())
