import asyncio
from collections import OrderedDict


class DedupeQueue(asyncio.Queue):
    """A queue that merges pending items with the same key (last write wins)."""

    def _init(self, maxsize):
        self._queue = OrderedDict()
        self.merged = 0

    def _put(self, item):
        key, value = item
        if key in self._queue:
            self.merged += 1
            self._unfinished_tasks -= 1
        self._queue[key] = value

    def _get(self):
        return self._queue.popitem(last=False)


class Indexer:
    def __init__(self):
        self.q = DedupeQueue()
        self.index = {}
        self.log = []

    async def worker(self, name):
        while True:
            key, doc = await self.q.get()
            try:
                if doc is None:
                    self.log.append(f"{name}: stop")
                    return
                for _ in range(len(doc) % 3):
                    await asyncio.sleep(0)
                self.index[key] = sorted(set(doc.split()))
                self.log.append(f"{name}: indexed {key} v={doc.split()[0]}")
            finally:
                self.q.task_done()


async def main():
    ix = Indexer()
    for key, doc in [("a", "v1 apple"), ("b", "v1 banana"), ("a", "v2 apricot"), ("c", "v1 cherry"), ("b", "v2 blueberry"), ("a", "v3 avocado")]:
        ix.q.put_nowait((key, doc))
    print("qsize", ix.q.qsize(), "merged", ix.q.merged, "unfinished", ix.q._unfinished_tasks)
    workers = [asyncio.create_task(ix.worker(f"w{i}")) for i in range(2)]
    await asyncio.sleep(0)
    ix.q.put_nowait(("d", "v1 date"))
    ix.q.put_nowait(("a", "v4 acai"))
    await ix.q.join()
    print("joined", sorted(ix.index.items()))
    ix.q.put_nowait(("stop1", None))
    ix.q.put_nowait(("stop2", None))
    await asyncio.gather(*workers)
    for line in ix.log:
        print(line)
    try:
        ix.q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    lifo = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        await lifo.put(i)
    print("full", lifo.full())
    async def late_put():
        await lifo.put(99)
        return "put done"
    t = asyncio.create_task(late_put())
    await asyncio.sleep(0)
    print("blocked", not t.done(), lifo.qsize())
    print([await lifo.get() for _ in range(2)])
    print(await t, [lifo.get_nowait() for _ in range(lifo.qsize())])
    try:
        lifo.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty", repr(lifo)[:10])
    pq = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "z"), (2, "a"), (0, "top")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(4)])
    print(str(ix.q).startswith("<DedupeQueue"), "maxsize=0" in repr(ix.q))


asyncio.run(main())
