"""Chat server simulation: rooms hold member queues; broadcast fan-out; members leave mid-stream."""
import asyncio
from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class ChatMessage:
    room: str
    sender: str
    text: str

    def __str__(self) -> str:
        return f"[{self.room}] <{self.sender}> {self.text}"


class ChatServer:
    def __init__(self) -> None:
        self.rooms: dict[str, dict[str, asyncio.Queue]] = defaultdict(dict)

    def join(self, room: str, member: str) -> asyncio.Queue:
        q: asyncio.Queue = asyncio.Queue()
        self.rooms[room][member] = q
        return q

    def leave(self, room: str, member: str) -> None:
        self.rooms[room].pop(member, None)
        if not self.rooms[room]:
            del self.rooms[room]

    async def say(self, msg: ChatMessage) -> int:
        members = self.rooms.get(msg.room, {})
        for name, q in members.items():
            if name != msg.sender:
                await q.put(msg)
        return len(members) - (msg.sender in members)


async def client(server: ChatServer, room: str, name: str, read_n: int, inbox: list) -> None:
    q = server.join(room, name)
    try:
        for _ in range(read_n):
            msg = await q.get()
            inbox.append(f"{name} got {msg}")
    finally:
        server.leave(room, name)
        inbox.append(f"{name} left {room} ({q.qsize()} unread)")


async def main():
    server = ChatServer()
    inbox: list[str] = []
    clients = [
        asyncio.create_task(client(server, "python", "ann", 3, inbox)),
        asyncio.create_task(client(server, "python", "bob", 1, inbox)),
        asyncio.create_task(client(server, "rust", "cat", 2, inbox)),
    ]
    await asyncio.sleep(0)
    print("rooms:", {r: sorted(m) for r, m in server.rooms.items()})
    script = [("python", "ann", "hi all"), ("python", "bob", "hello ann"), ("rust", "dan", "anyone?"),
              ("python", "dan", "asyncio rocks"), ("rust", "dan", "ok bye"), ("python", "dan", "last")]
    for room, sender, text in script:
        delivered = await server.say(ChatMessage(room, sender, text))
        print(f"{sender:>3} -> {room:<6} delivered to {delivered}")
        await asyncio.sleep(0.001)
    await asyncio.gather(*clients)
    print("\n".join(inbox))
    print("rooms left:", dict(server.rooms))


asyncio.run(main())
