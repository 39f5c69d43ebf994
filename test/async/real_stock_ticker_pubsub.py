import asyncio
import random
from collections import defaultdict

random.seed(11)


class Broker:
    def __init__(self):
        self.subs = defaultdict(list)

    def subscribe(self, topic, maxsize=0):
        q = asyncio.Queue(maxsize)
        self.subs[topic].append(q)
        return q

    def publish(self, topic, msg):
        dropped = 0
        for q in self.subs[topic]:
            try:
                q.put_nowait(msg)
            except asyncio.QueueFull:
                dropped += 1
        return dropped


async def ticker(broker, sym, n):
    price = 100.0
    for i in range(n):
        for j in range(3):
            price = round(price * (1 + random.uniform(-0.05, 0.05)), 2)
            d = broker.publish(sym, (i, j, price))
            if d:
                print(f"{sym} tick {i}.{j}: {d} slow subscriber(s) dropped")
        await asyncio.sleep(0.01)
    broker.publish(sym, None)


async def subscriber(name, q, work):
    seen = []
    while (msg := await q.get()) is not None:
        seen.append(msg)
        for _ in range(work):
            await asyncio.sleep(0)
    return name, len(seen), seen[-1] if seen else None


async def main():
    b = Broker()
    fast = b.subscribe("ACME")
    slow = b.subscribe("ACME", maxsize=2)
    other = b.subscribe("INIT")
    subs = [asyncio.create_task(subscriber(n, q, w)) for n, q, w in (("fast", fast, 0), ("slow", slow, 2), ("other", other, 0))]
    await asyncio.gather(ticker(b, "ACME", 8), ticker(b, "INIT", 3))
    slow.put_nowait(None) if not slow.full() else None
    done, pending = await asyncio.wait(subs, timeout=0.5)
    for t in subs:
        print(t.result() if t in done else "pending")
    for t in pending:
        t.cancel()


asyncio.run(main())
