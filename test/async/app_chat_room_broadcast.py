import asyncio
from dataclasses import dataclass


@dataclass
class Message:
    seq: int
    sender: str
    text: str


class Room:
    def __init__(self, name):
        self.name = name
        self.cond = asyncio.Condition()
        self.history = []
        self.members = set()
        self.closed = False

    async def post(self, sender, text):
        async with self.cond:
            if self.closed:
                raise ConnectionError(f"room {self.name} is closed")
            self.history.append(Message(len(self.history), sender, text))
            self.cond.notify_all()

    async def close(self):
        async with self.cond:
            self.closed = True
            self.cond.notify_all()

    async def listen(self, who, out):
        self.members.add(who)
        seen = 0
        try:
            while True:
                async with self.cond:
                    await self.cond.wait_for(lambda: len(self.history) > seen or self.closed)
                    new = self.history[seen:]
                    seen = len(self.history)
                    closed = self.closed
                for m in new:
                    if m.sender != who:
                        out.append(f"{who} sees #{m.seq} {m.sender}: {m.text}")
                if closed:
                    return seen
        finally:
            self.members.discard(who)


async def chatter(room, who, lines, gap):
    for text in lines:
        for _ in range(gap):
            await asyncio.sleep(0)
        await room.post(who, text)


async def main():
    room = Room("lobby")
    out = []
    listeners = {n: asyncio.create_task(room.listen(n, out), name=f"listen-{n}") for n in ("ann", "bob", "eve")}
    await asyncio.sleep(0)
    print("members", sorted(room.members))
    await asyncio.gather(
        chatter(room, "ann", ["hi", "how are you?"], 1),
        chatter(room, "bob", ["hey", "fine", "bye"], 2),
    )
    listeners["eve"].cancel()
    await asyncio.sleep(0)
    await room.post("ann", "eve left?")
    await room.close()
    counts = {n: (t.result() if not t.cancelled() else "cancelled") for n, t in listeners.items() if t.done() or await asyncio.wait([t])}
    for line in out:
        print(line)
    print("counts", counts)
    print("members after", sorted(room.members))
    print(repr(listeners["ann"]).startswith("<Task finished name='listen-ann' coro=<Room.listen() done"))
    print(repr(listeners["eve"]))
    await room.post("bob", "anyone?")


asyncio.run(main())
