# A custom exception handler (a callable object) that records the context and delegates
# to loop.default_exception_handler(); contexts from a failing callback, a failing task
# never awaited (reported when collected at shutdown?) and call_exception_handler directly.
import asyncio


class Recorder:
    def __init__(self):
        self.seen = []

    def __call__(self, loop, context):
        exc = context.get("exception")
        self.seen.append((context["message"].split(" ")[0], type(exc).__name__ if exc else None))
        print("recorder:", context["message"][:40], "| keys", sorted(context), flush=True)
        loop.default_exception_handler(context)


async def main():
    loop = asyncio.get_running_loop()
    rec = Recorder()
    loop.set_exception_handler(rec)
    print("handler is the object:", loop.get_exception_handler() is rec)
    loop.call_soon(lambda: {}["missing"])
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "plain message"})
    loop.call_exception_handler({"message": "with exc", "exception": OSError(5, "io")})
    fut = loop.create_future()
    fut.add_done_callback(lambda f: f.result())
    fut.set_exception(ArithmeticError("cb re-raises"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(rec.seen, flush=True)
    try:
        loop.default_exception_handler({})
    except KeyError as e:
        print("default handler without message:", repr(e))


asyncio.run(main())
