"""Custom loop exception handler sees errors from call_soon callbacks and unretrieved futures."""
import asyncio

seen: list[str] = []


def handler(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    exc = context.get("exception")
    keys = sorted(k for k in context if k not in ("exception",))
    seen.append(f"{context['message']!r} exc={type(exc).__name__ if exc else None} keys={keys}")


def bad_callback(n: int) -> None:
    print(f"callback {n} running")
    if n == 2:
        raise ZeroDivisionError("division by zero in callback")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print("handler installed:", loop.get_exception_handler() is handler)
    for n in range(4):
        loop.call_soon(bad_callback, n)
    await asyncio.sleep(0)
    loop.call_later(0.01, bad_callback, 2)
    await asyncio.sleep(0.02)
    loop.call_exception_handler({"message": "manual report", "detail": 42})
    fut = loop.create_future()
    fut.set_exception(OSError("looked at"))
    print("retrieved:", repr(fut.exception()))
    await asyncio.sleep(0)
    for s in seen:
        print(s)
    loop.set_exception_handler(None)
    print("reset:", loop.get_exception_handler())


asyncio.run(main())
