# Queue, Event and Lock methods overridden by subclasses or shadowed on one instance: every
# override is called exactly as CPython's pure-Python queues and locks call it.
import asyncio


class CountingQueue(asyncio.Queue):
    def __init__(self, *a):
        self.calls = []
        super().__init__(*a)

    def _put(self, item):
        self.calls.append(('_put', item))
        super()._put(item * 10)

    def _get(self):
        item = super()._get()
        self.calls.append(('_get', item))
        return item

    def qsize(self):
        self.calls.append('qsize')
        return super().qsize()


class NeverFull(asyncio.Queue):
    def full(self):
        return False


class LoudEvent(asyncio.Event):
    def clear(self):
        print('clear called')
        super().clear()


async def main():
    q = CountingQueue(2)
    await q.put(1)
    q.put_nowait(2)
    print(q.full(), q.qsize(), q.empty())
    print(await q.get(), q.get_nowait())
    print(q.calls)

    nf = NeverFull(1)
    nf.put_nowait('a')
    nf.put_nowait('b')
    print(nf.qsize(), nf.full())

    plain = asyncio.Queue(1)
    plain.empty = lambda: True          # an instance attribute shadows the method
    plain.put_nowait('x')
    try:
        plain.get_nowait()
    except asyncio.QueueEmpty:
        print('shadowed empty() was called')
    del plain.empty
    print(plain.get_nowait())

    q2 = asyncio.Queue(1)
    q2._finished = LoudEvent()
    q2.put_nowait(1)
    try:
        q2.put_nowait(2)
    except asyncio.QueueFull:
        print('QueueFull', q2.qsize())
    q2.get_nowait()
    q2.task_done()
    await q2.join()
    try:
        q2.task_done()
    except ValueError as e:
        print('ValueError', e)

    pq = asyncio.PriorityQueue()
    for x in (5, 1, 3):
        pq.put_nowait(x)
    lq = asyncio.LifoQueue()
    for x in (5, 1, 3):
        await lq.put(x)
    print([pq.get_nowait() for _ in range(3)], [await lq.get() for _ in range(3)])

    q3 = asyncio.Queue(maxsize=1.5)
    q3.put_nowait(1)
    print('float maxsize', q3.full())
    q3.put_nowait(2)
    print('float maxsize', q3.full())

    ev = LoudEvent()
    waiter = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    ev.set()
    ev.set()
    print(await waiter, ev.is_set())
    ev.clear()
    ev._value = 0
    ev.set()
    print(ev.is_set())

    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    lock._locked = 1
    lock.release()
    print(lock.locked())
    async with lock:
        t = asyncio.create_task(lock.acquire())
        await asyncio.sleep(0)
        print('waiter pending', not t.done())
    await t
    print('handed over', lock.locked())
    lock.release()

    q4 = asyncio.Queue()
    q4.get_nowait()


asyncio.run(main())
