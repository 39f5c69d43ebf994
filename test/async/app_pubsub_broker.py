import asyncio
from collections import defaultdict


async def work(units):
    for _ in range(units):
        await asyncio.sleep(0)


class Broker:
    def __init__(self):
        self.subs = defaultdict(dict)
        self.dropped = defaultdict(int)
        self.published = 0

    def subscribe(self, topic, name, maxsize):
        q = asyncio.Queue(maxsize)
        self.subs[topic][name] = q
        return q

    def unsubscribe(self, topic, name):
        self.subs[topic].pop(name, None)

    async def publish(self, topic, msg, block=True):
        self.published += 1
        for name, q in list(self.subs[topic].items()):
            if block:
                await q.put(msg)
            else:
                try:
                    q.put_nowait(msg)
                except asyncio.QueueFull:
                    self.dropped[name] += 1


class Subscriber:
    def __init__(self, broker, topic, name, cost, maxsize=2):
        self.name = name
        self.topic = topic
        self.cost = cost
        self.broker = broker
        self.queue = broker.subscribe(topic, name, maxsize)
        self.got = []
        self.task = None
        self.received_two = asyncio.Event()

    async def run(self, log):
        try:
            while True:
                msg = await self.queue.get()
                if msg is None:
                    log.append(f"{self.name} got sentinel")
                    self.queue.task_done()
                    break
                await work(self.cost)
                self.got.append(msg)
                if len(self.got) == 2:
                    self.received_two.set()
                log.append(f"{self.name} <- {msg} (backlog {self.queue.qsize()})")
                self.queue.task_done()
        except asyncio.CancelledError:
            log.append(f"{self.name} cancelled with {self.queue.qsize()} queued")
            self.broker.unsubscribe(self.topic, self.name)
            raise
        return len(self.got)


async def main():
    broker = Broker()
    log = []
    fast = Subscriber(broker, "news", "fast", 1)
    slow = Subscriber(broker, "news", "slow", 5)
    lossy = Subscriber(broker, "sports", "lossy", 3, maxsize=1)
    quitter = Subscriber(broker, "news", "quitter", 2, maxsize=5)
    for s in (fast, slow, lossy, quitter):
        s.task = asyncio.create_task(s.run(log), name=s.name)

    async def news_publisher():
        for i in range(6):
            await broker.publish("news", f"n{i}")
            log.append(f"published n{i}")
        await broker.publish("news", None)

    async def sports_publisher():
        for i in range(6):
            await broker.publish("sports", f"s{i}", block=False)
            await work(2)
        await broker.publish("sports", None)

    async def kill_quitter():
        await quitter.received_two.wait()
        log.append("killing quitter")
        quitter.task.cancel("bye")

    await asyncio.gather(news_publisher(), sports_publisher(), kill_quitter())
    done, pending = await asyncio.wait([fast.task, slow.task, lossy.task], timeout=1)
    print("pending", len(pending))
    for line in log:
        print(line)
    for s in (fast, slow, lossy):
        print(s.name, s.task.result(), s.got)
    print("quitter cancelled", quitter.task.cancelled(), quitter.got)
    try:
        quitter.task.result()
    except asyncio.CancelledError as e:
        print("cancel args", e.args)
    print("dropped", dict(broker.dropped), "published", broker.published)
    print("subs", {t: sorted(d) for t, d in broker.subs.items()})


asyncio.run(main())
