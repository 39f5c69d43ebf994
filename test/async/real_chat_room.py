"""Chat room: each client has an inbox Queue; the room fans messages out."""
import asyncio


class Room:
    def __init__(self):
        self.members = {}
        self.history = []

    def join(self, name):
        q = asyncio.Queue()
        self.members[name] = q
        self.broadcast("server", f"{name} joined")
        return q

    def leave(self, name):
        q = self.members.pop(name)
        q.put_nowait(None)
        self.broadcast("server", f"{name} left")

    def broadcast(self, sender, text):
        self.history.append((sender, text))
        for name in sorted(self.members):
            if name != sender:
                self.members[name].put_nowait((sender, text))


async def reader(name, inbox, log):
    while True:
        msg = await inbox.get()
        if msg is None:
            log.append(f"[{name}] inbox closed")
            return
        sender, text = msg
        log.append(f"[{name}] <{sender}> {text}")


async def client(room, name, lines, log, delay_ticks):
    inbox = room.join(name)
    rd = asyncio.create_task(reader(name, inbox, log), name=f"reader-{name}")
    for _ in range(delay_ticks):
        await asyncio.sleep(0)
    for line in lines:
        room.broadcast(name, line)
        await asyncio.sleep(0)
    for _ in range(3):
        await asyncio.sleep(0)
    room.leave(name)
    await rd


async def main():
    room = Room()
    log = []
    await asyncio.gather(
        client(room, "alice", ["hi all", "how are you?"], log, 1),
        client(room, "bob", ["hey alice", "fine"], log, 2),
        client(room, "carol", ["late to the party"], log, 4),
    )
    for line in log:
        print(line)
    print("history:")
    for sender, text in room.history:
        print(f"  {sender}: {text}")
    print("members left:", sorted(room.members))


asyncio.run(main())
