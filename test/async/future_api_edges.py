import asyncio

def cb(name):
    def f(fut):
        print(f"callback {name}: done={fut.done()} cancelled={fut.cancelled()}")
    return f

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    a, b = cb("a"), cb("b")
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(a)
    print("removed:", fut.remove_done_callback(a), fut.remove_done_callback(a))
    fut.set_result(1)
    for action in (lambda: fut.set_result(2), lambda: fut.set_exception(ValueError()), lambda: fut.cancel()):
        try:
            print("returned:", action())
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    await asyncio.sleep(0)
    print("await done twice:", await fut, await fut)
    fut.add_done_callback(cb("late"))
    print("late callback scheduled, not called yet")
    await asyncio.sleep(0)
    f2 = loop.create_future()
    for exc in (StopIteration, StopIteration("x"), 42):
        try:
            f2.set_exception(exc)
        except TypeError as e:
            print("TypeError:", e)
    f2.set_exception(KeyError)
    print("exception from class:", repr(f2.exception()))
    f3 = loop.create_future()
    for getter in (f3.result, f3.exception):
        try:
            getter()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f3.cancel("why")
    for getter in (f3.result, f3.exception):
        try:
            getter()
        except asyncio.CancelledError as e:
            print("CancelledError:", e.args)
    print("cancel again:", f3.cancel())
    f4 = asyncio.Future()
    print("default loop is running loop:", f4.get_loop() is loop)
    it = f4.__await__()
    print("first next is the future itself:", next(it) is f4)
    f4.set_result("r")
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration value:", e.value)
    f5 = loop.create_future()
    f5.set_exception(RuntimeError("boom"))
    try:
        await f5
    except RuntimeError as e:
        print("await raised:", e)
    other = asyncio.new_event_loop()
    f6 = other.create_future()
    try:
        asyncio.ensure_future(f6, loop=loop)
    except ValueError as e:
        print("ValueError:", e)
    try:
        await f6
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" got Future ")[0].split(" coro=")[0], "... attached to a different loop" in str(e))
    other.close()

asyncio.run(main())
