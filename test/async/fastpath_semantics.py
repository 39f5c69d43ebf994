# The fast paths of sleep, Queue.get/put, Lock/Semaphore.acquire and Event.wait behave as
# CPython's coroutines: lazy, introspectable, throw/close, and they honour subclass overrides.
import asyncio


class CountingQueue(asyncio.Queue):
    def _get(self):
        item = super()._get()
        print('  _get ->', item)
        return item

    def empty(self):
        print('  empty?', super().empty())
        return super().empty()


class LoudSemaphore(asyncio.Semaphore):
    def locked(self):
        print('  locked?', super().locked())
        return super().locked()


async def main():
    print(asyncio.iscoroutinefunction(asyncio.sleep), asyncio.sleep.__name__, asyncio.Queue.get.__qualname__)
    q = asyncio.Queue()
    c = q.get()                      # lazy: nothing runs until awaited
    print(type(c).__name__, c.__qualname__, asyncio.iscoroutine(c), c.cr_running)
    q.put_nowait('late')
    print('lazy get:', await c)

    # throw() and close() on unstarted and suspended coroutines
    s = asyncio.sleep(0, 'r')
    try:
        s.throw(ValueError('into unstarted'))
    except ValueError as e:
        print('throw unstarted:', e)
    try:
        s.send(None)
    except BaseException as e:
        print('send after:', type(e).__name__, e)
    s = asyncio.sleep(0, 'r')
    print('first send yields:', s.send(None))
    try:
        s.send(None)
    except StopIteration as e:
        print('then returns:', e.value)
    s = asyncio.sleep(0)
    s.send(None)
    s.close()
    print('closed after yield')
    s = asyncio.sleep(0)
    s.send(None)
    try:
        s.throw(KeyError('k'))
    except KeyError as e:
        print('throw at yield:', repr(e))

    for bad in (-1, 0.0, 'x'):
        try:
            print('sleep', repr(bad), await asyncio.sleep(bad, 'done'))
        except TypeError as e:
            print('sleep', repr(bad), 'TypeError:', e)

    # overrides are called, in CPython's order
    cq = CountingQueue()
    cq.put_nowait(1)
    print('got', await cq.get())
    t = asyncio.create_task(cq.get())
    await asyncio.sleep(0)
    await cq.put(2)
    print('task got', await t)

    sem = LoudSemaphore(1)
    print('acquired', await sem.acquire())
    t = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    sem.release()
    print('second acquired', await t)

    # a task cancelled at each fast path's wait
    lock = asyncio.Lock()
    await lock.acquire()
    ev = asyncio.Event()
    full = asyncio.Queue(1)
    full.put_nowait(0)
    waits = {'Lock.acquire': lock.acquire(), 'Event.wait': ev.wait(), 'Queue.get': asyncio.Queue().get(),
             'Queue.put': full.put(1), 'sleep': asyncio.sleep(5)}
    tasks = {k: asyncio.create_task(c, name=k) for k, c in waits.items()}
    await asyncio.sleep(0)
    for k, t in tasks.items():
        t.cancel(f'stop {k}')
    for k, t in tasks.items():
        try:
            await t
        except asyncio.CancelledError as e:
            print(k, 'cancelled:', e.args)
    print(lock.locked(), full.qsize(), full._putters, ev.is_set())
    lock.release()
    try:
        await asyncio.wait_for(asyncio.Queue().get(), 0.5)
    except TimeoutError:
        print('wait_for Queue.get timed out at', asyncio.get_running_loop().time() > 0)
    ev.set()
    print('event wait on set:', await ev.wait())


asyncio.run(main())
