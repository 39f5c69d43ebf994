# Re-raising stored exceptions (Future.result(), await on a done/failed future or task)
# inside an except block chains them to the exception being handled.
import asyncio
async def boom():
    raise KeyError("from task")
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(KeyError("stored"))
    for label in ("first", "second"):
        try:
            raise ValueError(label)
        except ValueError:
            try:
                f.result()
            except KeyError as e:
                print("result:", repr(e.__context__))
    try:
        raise OSError("o")
    except OSError:
        try:
            await f
        except KeyError as e:
            print("await done:", repr(e.__context__))
    try:
        f.result()
    except KeyError as e:
        print("outside:", repr(e.__context__))
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    try:
        raise TypeError("tt")
    except TypeError:
        try:
            await t
        except KeyError as e:
            print("await task:", repr(e.__context__))
    t2 = asyncio.create_task(boom())
    try:
        raise TypeError("pending")
    except TypeError:
        try:
            await t2
        except KeyError as e:
            print("await pending task:", repr(e.__context__))
    f3 = loop.create_future()
    f3.cancel("c")
    try:
        raise ZeroDivisionError("z")
    except ZeroDivisionError:
        try:
            f3.result()
        except asyncio.CancelledError as e:
            print("cancelled:", repr(e), repr(e.__context__))
        try:
            await f3
        except asyncio.CancelledError as e:
            print("await cancelled:", repr(e), repr(e.__context__))
asyncio.run(main())
