# Cancellation at each kind of primitive wait: a Lock waiter, a Queue getter woken and then
# cancelled before it ran, a full Queue's putter, an Event waiter; and a wait closed by hand.
import asyncio


async def lock_waiter(lock, name, log):
    try:
        async with lock:
            log.append(f'{name} has the lock')
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append(f'{name} cancelled, locked={lock.locked()}')
        raise


async def main():
    log = []
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(lock_waiter(lock, 'a', log))
    b = asyncio.create_task(lock_waiter(lock, 'b', log))
    await asyncio.sleep(0)
    lock.release()          # a's future is woken...
    a.cancel()              # ...and a is cancelled before it runs: b must get the lock
    await asyncio.gather(a, b, return_exceptions=True)
    print(log, lock.locked(), lock._waiters is not None and len(lock._waiters))

    q = asyncio.Queue()
    got = []

    async def getter(name):
        try:
            got.append((name, await q.get()))
        except asyncio.CancelledError:
            got.append((name, 'cancelled', q.qsize()))
            raise

    g1 = asyncio.create_task(getter('g1'))
    g2 = asyncio.create_task(getter('g2'))
    await asyncio.sleep(0)
    q.put_nowait('item')    # wakes g1's getter
    g1.cancel()             # g1 is cancelled: the item must go to g2
    await asyncio.gather(g1, g2, return_exceptions=True)
    print(got, q.qsize(), len(q._getters))

    full = asyncio.Queue(1)
    full.put_nowait(0)
    p = asyncio.create_task(full.put(1))
    await asyncio.sleep(0)
    p.cancel()
    print(await asyncio.gather(p, return_exceptions=True), full.qsize(), len(full._putters))

    ev = asyncio.Event()
    w = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(len(ev._waiters))
    w.cancel('stop waiting')
    try:
        await w
    except asyncio.CancelledError as e:
        print('event wait cancelled', e.args, len(ev._waiters))

    coro = ev.wait()
    fut = coro.send(None)
    print(type(fut).__name__, fut.done(), len(ev._waiters))
    try:
        coro.send(None)
    except RuntimeError as e:
        print('RuntimeError', e, len(ev._waiters))
    coro.close()

    coro = lock.acquire()
    await lock.acquire()
    fut = coro.send(None)
    coro.close()
    print('closed acquire', len(lock._waiters), fut.cancelled())
    lock.release()

    try:
        async with asyncio.timeout(1):
            await ev.wait()
    except TimeoutError:
        print('timed out', len(ev._waiters))


asyncio.run(main())
