"""Debug printing of tasks: repr() in every state, get_coro(), get_stack(), done/cancelled flags."""
import asyncio


async def sleeper(delay: float) -> str:
    await asyncio.sleep(delay)
    return f"slept {delay}"


async def failer() -> None:
    await asyncio.sleep(0)
    raise LookupError("nothing here")


def short(r: str) -> str:
    return r.replace(__file__, "FILE")


async def main():
    t1 = asyncio.create_task(sleeper(0.01), name="sleepy")
    t2 = asyncio.create_task(failer(), name="faily")
    t3 = asyncio.create_task(sleeper(1), name="cancelme")
    print(short(repr(t1)))
    await asyncio.sleep(0)
    print(short(repr(t1)))
    t3.cancel("because")
    print(short(repr(t3)))
    await asyncio.sleep(0.02)
    for t in (t1, t2, t3):
        print(short(repr(t)))
        print("  done:", t.done(), "cancelled:", t.cancelled(), "coro:", t.get_coro().__qualname__)
    print("exception:", repr(t2.exception()))
    print("stack of done task:", t1.get_stack())
    me = asyncio.current_task()
    frames = me.get_stack()
    print("innermost frame:", frames[-1].f_code.co_name, frames[-1].f_lineno)
    fut = asyncio.get_running_loop().create_future()
    print(repr(fut))
    fut.set_result([1, 2, 3])
    print(repr(fut))
    fut2 = asyncio.get_running_loop().create_future()
    fut2.cancel(msg="bye")
    print(repr(fut2))


asyncio.run(main())
