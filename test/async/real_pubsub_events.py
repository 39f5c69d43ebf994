"""Pub/sub with Events: topics hold the latest value and an Event per version."""
import asyncio


class Topic:
    def __init__(self, name):
        self.name = name
        self.version = 0
        self.value = None
        self.changed = asyncio.Event()

    def publish(self, value):
        self.version += 1
        self.value = value
        ev, self.changed = self.changed, asyncio.Event()
        ev.set()

    async def wait_newer(self, version):
        while self.version <= version:
            await self.changed.wait()
        return self.version, self.value


class Broker:
    def __init__(self):
        self.topics = {}
        self.closed = asyncio.Event()

    def topic(self, name):
        if name not in self.topics:
            self.topics[name] = Topic(name)
        return self.topics[name]


async def subscriber(broker, name, topic_name, log):
    topic = broker.topic(topic_name)
    seen = 0
    while True:
        waiter = asyncio.create_task(topic.wait_newer(seen))
        closer = asyncio.create_task(broker.closed.wait())
        done, pending = await asyncio.wait({waiter, closer}, return_when=asyncio.FIRST_COMPLETED)
        for p in pending:
            p.cancel()
        if waiter in done:
            seen, value = waiter.result()
            log.append(f"{name} got {topic_name} v{seen}={value}")
        else:
            log.append(f"{name} sees broker closed at v{seen}")
            return seen


async def publisher(broker, topic_name, values):
    topic = broker.topic(topic_name)
    for v in values:
        topic.publish(v)
        await asyncio.sleep(0)
        await asyncio.sleep(0)


async def main():
    broker = Broker()
    log = []
    subs = [
        asyncio.create_task(subscriber(broker, "s1", "weather", log)),
        asyncio.create_task(subscriber(broker, "s2", "weather", log)),
        asyncio.create_task(subscriber(broker, "s3", "news", log)),
    ]
    await asyncio.sleep(0)
    await asyncio.gather(
        publisher(broker, "weather", ["sun", "rain", "snow"]),
        publisher(broker, "news", ["election", "sports"]),
    )
    broker.topic("news").publish("burst-1")
    broker.topic("news").publish("burst-2")
    await asyncio.sleep(0.01)
    broker.closed.set()
    finals = await asyncio.gather(*subs)
    for line in log:
        print(line)
    print("final versions:", finals)


asyncio.run(main())
