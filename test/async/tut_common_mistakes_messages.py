"""A tour of common asyncio mistakes and the exact error messages they produce."""
import asyncio


async def fetch(n: int) -> int:
    await asyncio.sleep(0)
    return n


async def agen():
    yield 1


def attempt(label: str, fn) -> None:
    try:
        fn()
    except Exception as e:
        msg = str(e).split(" at 0x")[0]
        print(f"{label:<28} {type(e).__name__}: {msg}")
    else:
        print(f"{label:<28} no error")


async def attempt_async(label: str, coro_fn) -> None:
    try:
        await coro_fn()
    except Exception as e:
        msg = str(e).split(" at 0x")[0]
        print(f"{label:<28} {type(e).__name__}: {msg}")
    else:
        print(f"{label:<28} no error")


async def main():
    cs = [fetch(1), fetch(2)]
    await attempt_async("gather(list)", lambda: asyncio.gather(cs))
    for c in cs:
        c.close()
    c = fetch(3)
    await attempt_async("wait([coroutine])", lambda: asyncio.wait([c]))
    c.close()
    attempt("create_task(function)", lambda: asyncio.create_task(fetch))
    await attempt_async("sleep('1')", lambda: asyncio.sleep("1"))
    attempt("Semaphore(-1)", lambda: asyncio.Semaphore(-1))
    t = asyncio.create_task(fetch(4))
    attempt("result() of pending task", t.result)
    attempt("exception() of pending", t.exception)
    await t

    def sync_with_lock():
        with asyncio.Lock():
            pass
    attempt("with asyncio.Lock()", sync_with_lock)
    attempt("for over async generator", lambda: [x for x in agen()])

    async def async_for_list():
        async for x in [1, 2]:
            pass
    await attempt_async("async for over list", async_for_list)

    async def await_list():
        await [1, 2]
    await attempt_async("await a list", await_list)
    attempt("lock.release() unlocked", asyncio.Lock().release)
    attempt("Event().set() twice", lambda: (e := asyncio.Event(), e.set(), e.set()))
    q = asyncio.Queue()
    attempt("queue.task_done() too many", q.task_done)
    attempt("get_nowait() on empty", q.get_nowait)
    attempt("BoundedSemaphore over-release", asyncio.BoundedSemaphore(1).release)
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    attempt("set_result twice", lambda: f.set_result(2))
    attempt("call_soon(coroutine fn)", lambda: asyncio.get_running_loop().call_soon(fetch))
    await asyncio.sleep(0)
    s = asyncio.sleep(0)
    attempt("run() inside running loop", lambda: asyncio.run(s))
    s.close()
    c5 = fetch(5)
    await attempt_async("wait_for(bad timeout)", lambda: asyncio.wait_for(c5, timeout="x"))
    c5.close()


attempt("current_task() outside loop", asyncio.current_task)
attempt("get_running_loop() outside", asyncio.get_running_loop)
asyncio.run(main())
