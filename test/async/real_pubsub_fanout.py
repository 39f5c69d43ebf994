# Publish/subscribe: one publisher fans messages out to subscriber queues; a slow subscriber
# with a bounded queue makes the publisher wait; unsubscribing cancels a subscriber mid-get.
import asyncio


class Hub:
    def __init__(self):
        self.subs = {}

    def subscribe(self, name, maxsize=0):
        q = asyncio.Queue(maxsize)
        self.subs[name] = q
        return q

    def unsubscribe(self, name):
        self.subs.pop(name)

    async def publish(self, msg):
        for q in list(self.subs.values()):
            await q.put(msg)


async def subscriber(name, q, delay, log):
    try:
        while True:
            msg = await q.get()
            if msg is None:
                log.append(f'{name} end')
                return
            await asyncio.sleep(delay)
            log.append(f'{name}:{msg}')
            q.task_done()
    except asyncio.CancelledError:
        log.append(f'{name} cancelled with {q.qsize()} queued')
        raise


async def main():
    hub = Hub()
    log = []
    fast = asyncio.create_task(subscriber('fast', hub.subscribe('fast'), 0, log))
    slow = asyncio.create_task(subscriber('slow', hub.subscribe('slow', 1), 0.01, log))
    gone = asyncio.create_task(subscriber('gone', hub.subscribe('gone'), 0.05, log))
    for i in range(5):
        await hub.publish(i)
        if i == 2:
            hub.unsubscribe('gone')
            gone.cancel()
    await hub.publish(None)
    await asyncio.gather(fast, slow)
    print(await asyncio.gather(gone, return_exceptions=True))
    print(log)

asyncio.run(main())
