import asyncio
import functools


def on_done(tag, fut):
    if fut.cancelled():
        print(tag, "cancelled")
    elif fut.exception():
        print(tag, "exception", repr(fut.exception()))
    else:
        print(tag, "result", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(3)]
    for i, f in enumerate(futs):
        f.add_done_callback(functools.partial(on_done, f"f{i}"))
    futs[0].add_done_callback(lambda f: print("second cb for f0"))
    print("removed", futs[1].remove_done_callback(on_done))
    futs[0].set_result("zero")
    futs[1].set_exception(ValueError("one"))
    futs[2].cancel()
    print("callbacks not run yet")
    await asyncio.sleep(0)
    print("after one iteration")
    late = loop.create_future()
    late.set_result("late")
    late.add_done_callback(functools.partial(on_done, "late"))
    print("added to done future")
    await asyncio.sleep(0)
    t = asyncio.ensure_future(late)
    print(t is late)


asyncio.run(main())
