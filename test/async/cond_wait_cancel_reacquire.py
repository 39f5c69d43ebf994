# Condition.wait cancelled: the lock is re-acquired before CancelledError escapes,
# even when the lock is held by someone else at that moment and a second cancel arrives.
import asyncio


async def waiter(cond, name, log):
    async with cond:
        try:
            await cond.wait()
            log.append((name, "woken"))
        except asyncio.CancelledError as e:
            print(name, "wait cancelled", e.args, "lock held?", cond.locked(),
                  "cancelling", asyncio.current_task().cancelling())
            raise
        finally:
            print(name, "finally, locked", cond.locked())


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    cond = asyncio.Condition()
    log = []
    a = asyncio.create_task(waiter(cond, "A", log))
    b = asyncio.create_task(waiter(cond, "B", log))
    await asyncio.sleep(0)
    print("waiters", len(cond._waiters), "locked", cond.locked())
    await cond.acquire()
    print("main holds lock")
    a.cancel("first")
    await asyncio.sleep(0)
    print("A done?", a.done(), "waiters", len(cond._waiters))
    a.cancel("second")
    await asyncio.sleep(0)
    print("A done?", a.done(), "cancelling", a.cancelling())
    cond.notify()
    print("notify B while holding; releasing after a delay")
    await asyncio.sleep(0.05)
    cond.release()
    for t in (a, b):
        try:
            await t
            print(t.get_name(), "ok")
        except asyncio.CancelledError as e:
            print("task raised", repr(e))
    print(log, "locked", cond.locked(), int((loop.time() - t0) * 20 + 1e-6))


asyncio.run(main())
