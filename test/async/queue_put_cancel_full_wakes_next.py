# Queue.put on a full queue: cancelled putters don't insert, a putter woken by get
# and then cancelled passes the slot on; join() cancelled with a message.
import asyncio


async def putter(q, item, log):
    try:
        await q.put(item)
        log.append("put " + str(item))
    except asyncio.CancelledError as e:
        log.append("put %s cancelled %s" % (item, e.args))
        raise


async def main():
    q = asyncio.Queue(maxsize=1)
    log = []
    q.put_nowait(0)
    ps = [asyncio.create_task(putter(q, i, log)) for i in (1, 2, 3)]
    await asyncio.sleep(0)
    print("full", q.full(), "putters", len(q._putters))
    ps[1].cancel("p2")
    await asyncio.sleep(0)
    print("putters after cancel", len(q._putters), log)
    print("get ->", q.get_nowait())
    q.task_done()
    ps[0].cancel("p1 late")
    await asyncio.sleep(0)
    print("after get+cancel", log, "qsize", q.qsize())
    await asyncio.sleep(0)
    print("items", list(q._queue), log)
    await asyncio.gather(*ps, return_exceptions=True)
    print("unfinished", q._unfinished_tasks)

    j = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    j.cancel("stop join")
    try:
        await j
    except asyncio.CancelledError as e:
        print("join ->", repr(e))
    while not q.empty():
        q.get_nowait()
        q.task_done()
    print("join now ->", await q.join())
    try:
        q.task_done()
    except ValueError as e:
        print("task_done:", e)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q.put_nowait(9)
    try:
        q.put_nowait(10)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))


asyncio.run(main())
