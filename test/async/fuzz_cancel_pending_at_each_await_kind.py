# A task that cancelled itself (a cancellation pending, _must_cancel) then awaits each kind of
# awaitable: the cancellation is passed to what it waits on, or thrown in at its next step.
import asyncio


async def child(tag):
    print('child start', tag)
    await asyncio.sleep(0)
    return tag


class Aw:
    def __await__(self):
        f = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_soon(lambda: f.done() or f.set_result(1))
        r = yield from f
        return r


async def agen():
    await asyncio.sleep(0)
    yield 1


async def run(kind):
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    await lock.acquire()
    ev = asyncio.Event()
    q = asyncio.Queue()
    sem = asyncio.Semaphore(0)
    cond = asyncio.Condition()
    bar = asyncio.Barrier(2)
    fut = loop.create_future()
    other = asyncio.create_task(child(kind))
    asyncio.current_task().cancel(kind)
    try:
        if kind == 'sleep0': await asyncio.sleep(0)
        elif kind == 'sleep': await asyncio.sleep(0.01)
        elif kind == 'lock': await lock.acquire()
        elif kind == 'event': await ev.wait()
        elif kind == 'queue': await q.get()
        elif kind == 'sem': await sem.acquire()
        elif kind == 'cond':
            async with cond:
                await cond.wait()
        elif kind == 'barrier': await bar.wait()
        elif kind == 'fut': await fut
        elif kind == 'task': await other
        elif kind == 'gather': await asyncio.gather(child('g1'), other)
        elif kind == 'shield': await asyncio.shield(other)
        elif kind == 'wait_for': await asyncio.wait_for(other, 1)
        elif kind == 'wait_for_coro': await asyncio.wait_for(child('wf'), 1)
        elif kind == 'wait': await asyncio.wait([other])
        elif kind == 'timeout':
            async with asyncio.timeout(1):
                await asyncio.sleep(0.02)
        elif kind == 'tg':
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child('tg'))
        elif kind == 'custom': await Aw()
        elif kind == 'agen':
            async for v in agen(): print(v)
        elif kind == 'as_completed':
            for f in asyncio.as_completed([other]): await f
        elif kind == 'put':
            q2 = asyncio.Queue(1); q2.put_nowait(0); await q2.put(1)
        print(kind, 'not cancelled')
    except asyncio.CancelledError as e:
        print(kind, 'cancelled', repr(e), asyncio.current_task().cancelling())
    print(kind, 'other', other.done() and (other.cancelled() or other.result()), fut.cancelled(), lock.locked())
    other.cancel()
    try:
        await other
    except asyncio.CancelledError:
        pass
    await asyncio.sleep(0)


async def main():
    for k in ['sleep0', 'sleep', 'lock', 'event', 'queue', 'sem', 'cond', 'barrier', 'fut', 'task', 'gather', 'shield',
              'wait_for', 'wait_for_coro', 'wait', 'timeout', 'tg', 'custom', 'agen', 'as_completed', 'put']:
        await asyncio.create_task(run(k))
    print(len(asyncio.all_tasks()))


asyncio.run(main())
