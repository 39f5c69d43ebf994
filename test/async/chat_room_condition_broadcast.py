import asyncio


class Room:
    def __init__(self):
        self.cond = asyncio.Condition()
        self.messages = []
        self.closed = False

    async def post(self, who, text):
        async with self.cond:
            self.messages.append((who, text))
            self.cond.notify_all()

    async def listen(self, name, seen):
        idx = 0
        while True:
            async with self.cond:
                await self.cond.wait_for(lambda: len(self.messages) > idx or self.closed)
                if idx >= len(self.messages) and self.closed:
                    return seen
                new = self.messages[idx:]
                idx = len(self.messages)
            for who, text in new:
                if who != name:
                    seen.append(f"{who}:{text}")
                    print(f"[{name}] got {who}: {text}")


async def main():
    room = Room()
    listeners = {n: asyncio.create_task(room.listen(n, [])) for n in ["ann", "bob", "cy"]}
    await asyncio.sleep(0)
    await room.post("ann", "hi")
    await room.post("bob", "hello")
    await asyncio.sleep(0.01)
    await room.post("cy", "hey all")
    async with room.cond:
        room.closed = True
        room.cond.notify_all()
    for n, t in listeners.items():
        print(n, await t)


asyncio.run(main())
