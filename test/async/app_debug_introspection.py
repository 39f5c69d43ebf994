import asyncio
import inspect
import sys
import traceback


async def level3(ev):
    await ev.wait()
    raise KeyError("missing")


async def level2(ev):
    return await level3(ev)


async def level1(ev):
    try:
        return await level2(ev)
    except KeyError:
        traceback.print_exc(file=sys.stdout)
        lines = traceback.format_exc().splitlines()
        print("format_exc lines", len(lines), lines[-1])
        raise ValueError("wrapped") from None


async def sleeper():
    await asyncio.sleep(0.01)


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(level1(ev), name="worker")
    await asyncio.sleep(0)
    stack = t.get_stack()
    print("stack frames", [f.f_code.co_name for f in stack])
    print("stack limit 1", [f.f_code.co_name for f in t.get_stack(limit=1)])
    t.print_stack(file=sys.stdout)
    coro = t.get_coro()
    print(inspect.getcoroutinestate(coro), coro.cr_running, coro.cr_await is not None)
    print(type(coro.cr_await).__name__, coro.cr_await.cr_code.co_name)
    print(repr(t))
    ev.set()
    try:
        await t
    except ValueError as e:
        print("ValueError", e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
    print(repr(t).split(" exception=")[0])
    print(inspect.getcoroutinestate(coro))
    t.print_stack(file=sys.stdout)
    c = sleeper()
    print(inspect.getcoroutinestate(c), inspect.iscoroutine(c), inspect.isawaitable(c))
    print(inspect.iscoroutinefunction(sleeper), asyncio.iscoroutinefunction(level1))
    await c
    print(inspect.getcoroutinestate(c))
    fut = asyncio.get_running_loop().create_future()
    print(repr(fut))
    fut.set_result([1, 2])
    print(repr(fut))
    f2 = asyncio.get_running_loop().create_future()
    f2.set_exception(OSError(2, "nope"))
    print(repr(f2))
    f2.exception()
    f3 = asyncio.get_running_loop().create_future()
    f3.cancel(msg="stop it")
    print(repr(f3), f3.cancelled())
    try:
        f3.result()
    except asyncio.CancelledError as e:
        print("CancelledError args", e.args)
    h = asyncio.get_running_loop().call_later(5, print, "never")
    print(type(h).__name__, "cancelled" in repr(h))
    h.cancel()
    print("cancelled" in repr(h))
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))


asyncio.run(main())
