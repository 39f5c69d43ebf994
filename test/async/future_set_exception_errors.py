import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        f.set_exception(StopIteration("s"))
    except TypeError as e:
        print("TypeError:", e)
    f2 = loop.create_future()
    f2.set_exception(KeyError)
    print("class instantiated:", repr(f2.exception()))
    f3 = loop.create_future()
    f3.cancel("why")
    try:
        f3.result()
    except asyncio.CancelledError as e:
        print("cancelled result args:", e.args)
    try:
        f3.exception()
    except asyncio.CancelledError as e:
        print("cancelled exception() args:", e.args)
    f4 = loop.create_future()
    loop.call_soon(f4.set_result, "later")
    print("await:", await f4)
    print("CancelledError is BaseException:", issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))
    print("InvalidStateError base:", asyncio.InvalidStateError.__mro__[1].__name__)


asyncio.run(main())
