# Exceptions delivered to a task by the future it awaited are passed on as they are (not
# re-chained to what the loop's caller handles, unlike Future.result()); FutureIter.throw()
# restores the exception without chaining and validates its arguments as C does.
import asyncio
async def f():
    await asyncio.sleep(0)
    try:
        raise KeyError("inner")
    except KeyError:
        raise OSError("outer")
async def main():
    t = asyncio.create_task(f())
    try:
        await t
    except OSError as e:
        print("await task:", repr(e.__context__))
    t = asyncio.create_task(f())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    try:
        t.result()
    except OSError as e:
        print("result():", repr(e.__context__))
async def futureiter_throw():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for args in ((KeyError("k"),), (KeyError, "v"), (KeyError("k"), "v"), (5,), (int,)):
        f = loop.create_future()
        it = f.__await__()
        next(it)
        try:
            raise ValueError("handled")
        except ValueError:
            try:
                it.throw(*args)
            except Exception as e:
                print(args, type(e).__name__, e, repr(e.__context__))


try:
    raise ValueError("module")
except ValueError:
    asyncio.run(main())
    asyncio.run(futureiter_throw())
