# Misuse messages of the synchronisation primitives and queues (3.11): the removed loop=
# argument, releasing what is not held, and queue bounds.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for cls in (asyncio.Lock, asyncio.Event, asyncio.Condition, asyncio.Semaphore, asyncio.Queue):
        try:
            cls(loop=loop)
        except TypeError as e:
            print(f"{cls.__name__}:", e)
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("Lock.release:", e)
    cond = asyncio.Condition()
    for action in (cond.notify, cond.notify_all, cond.release):
        try:
            action()
        except RuntimeError as e:
            print("Condition:", e)
    try:
        asyncio.Condition(lock=asyncio.Lock()).__class__
        c2 = asyncio.Condition(lock)
        print("Condition with shared lock ok:", c2.locked())
    except Exception as e:
        print(type(e).__name__, e)
    for size in (0, -1, 2):
        q = asyncio.Queue(size)
        print(f"Queue({size}): maxsize={q.maxsize} full={q.full()} empty={q.empty()}")
    q = asyncio.Queue(1)
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("task_done:", e)
    await q.join()
    print("join returns at once when nothing is unfinished")
    ev = asyncio.Event()
    print("wait_for on event:", await asyncio.wait_for(asyncio.shield(loop.create_task(ev.wait())), 0.5) if ev.set() is None else None)
    try:
        asyncio.Barrier(2).__class__(0)
    except ValueError as e:
        print("Barrier:", e)

asyncio.run(main())
