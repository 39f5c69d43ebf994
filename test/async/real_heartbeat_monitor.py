"""Heartbeat monitor: each node must beat within a timeout or is declared dead."""
import asyncio


class Node:
    def __init__(self, name, beats, period, stall_after=None):
        self.name = name
        self.beats = beats
        self.period = period
        self.stall_after = stall_after
        self.inbox = asyncio.Queue()

    async def run(self):
        for i in range(self.beats):
            if self.stall_after is not None and i == self.stall_after:
                await asyncio.sleep(0.45)
            await asyncio.sleep(self.period)
            await self.inbox.put(("beat", i))
        await self.inbox.put(("bye", self.beats))


async def monitor(node, timeout, events):
    last = None
    while True:
        try:
            async with asyncio.timeout(timeout):
                kind, seq = await node.inbox.get()
        except TimeoutError:
            events.append(f"{node.name}: DEAD (no heartbeat after #{last})")
            return "dead"
        if kind == "bye":
            events.append(f"{node.name}: clean shutdown after {seq} beats")
            return "left"
        last = seq
        events.append(f"{node.name}: beat #{seq}")


async def main():
    nodes = [
        Node("alpha", 3, 0.02),
        Node("beta", 4, 0.02, stall_after=2),
        Node("gamma", 2, 0.07),
    ]
    events = []
    runners = [asyncio.create_task(n.run(), name=f"run-{n.name}") for n in nodes]
    verdicts = await asyncio.gather(*(monitor(n, 0.15, events) for n in nodes))
    for name, v in zip((n.name for n in nodes), verdicts):
        print(f"{name:6} -> {v}")
    for n in ["alpha", "beta", "gamma"]:
        print(n, [e.split(": ", 1)[1] for e in events if e.startswith(n)])
    for r in runners:
        if not r.done():
            print("cancelling stalled runner", r.get_name())
            r.cancel()
    await asyncio.gather(*runners, return_exceptions=True)
    print("runner states:", [(r.get_name(), r.cancelled()) for r in runners])


asyncio.run(main())
