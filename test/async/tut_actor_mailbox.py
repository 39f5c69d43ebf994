"""Actor model: each actor owns a mailbox Queue; messages are dataclasses; replies via futures."""
import asyncio
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Message:
    kind: str
    payload: Any = None
    reply: asyncio.Future | None = field(default=None, repr=False)


class Actor:
    registry: dict[str, "Actor"] = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind_name = cls.__name__.lower()

    def __init__(self, name: str) -> None:
        self.name = name
        self.mailbox: asyncio.Queue[Message] = asyncio.Queue()
        self.task = asyncio.create_task(self._run(), name=f"actor:{name}")
        Actor.registry[name] = self

    async def _run(self) -> int:
        handled = 0
        while True:
            msg = await self.mailbox.get()
            if msg.kind == "stop":
                return handled
            handled += 1
            try:
                result = await self.handle(msg)
            except Exception as e:
                if msg.reply:
                    msg.reply.set_exception(e)
            else:
                if msg.reply:
                    msg.reply.set_result(result)

    async def ask(self, kind: str, payload: Any = None) -> Any:
        fut = asyncio.get_running_loop().create_future()
        await self.mailbox.put(Message(kind, payload, fut))
        return await fut

    def tell(self, kind: str, payload: Any = None) -> None:
        self.mailbox.put_nowait(Message(kind, payload))

    async def handle(self, msg: Message) -> Any:
        raise NotImplementedError(msg.kind)


class Counter(Actor):
    def __init__(self, name: str) -> None:
        self.value = 0
        super().__init__(name)

    async def handle(self, msg: Message) -> Any:
        if msg.kind == "inc":
            await asyncio.sleep(0)
            self.value += msg.payload or 1
            return self.value
        if msg.kind == "get":
            return self.value
        raise ValueError(f"{self.kind_name} cannot handle {msg.kind!r}")


async def main():
    c = Counter("c1")
    for i in range(3):
        c.tell("inc", i)
    results = await asyncio.gather(c.ask("inc", 10), c.ask("get"), c.ask("inc"))
    print("results:", results)
    try:
        await c.ask("reset")
    except ValueError as e:
        print("error:", e)
    print(Message("ping", 1))
    c.tell("stop")
    print("handled:", await c.task, "name:", c.task.get_name())
    print("registry:", list(Actor.registry), Counter.kind_name)


asyncio.run(main())
