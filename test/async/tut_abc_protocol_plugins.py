"""Plugin system: abstract base classes and typing.Protocol for async handlers; registry via
a class decorator; errors when instantiating an incomplete plugin."""
import abc
import asyncio
from typing import Protocol, runtime_checkable

REGISTRY: dict[str, type] = {}


def register(cls):
    REGISTRY[cls.__name__.lower()] = cls
    return cls


class Plugin(abc.ABC):
    priority: int = 50

    @abc.abstractmethod
    async def handle(self, event: dict) -> str: ...

    @property
    @abc.abstractmethod
    def name(self) -> str: ...

    def __repr__(self) -> str:
        return f"<{type(self).__name__} prio={self.priority}>"


@runtime_checkable
class Closeable(Protocol):
    async def aclose(self) -> None: ...


@register
class Logger(Plugin):
    priority = 10
    name = "logger"

    async def handle(self, event: dict) -> str:
        await asyncio.sleep(0)
        return f"logged {event['type']}"


@register
class Mailer(Plugin):
    @property
    def name(self) -> str:
        return "mailer"

    async def handle(self, event: dict) -> str:
        await asyncio.sleep(0.001)
        if event["type"] == "error":
            raise RuntimeError("smtp down")
        return f"mailed {event['type']}"

    async def aclose(self) -> None:
        print("mailer closed")


class Broken(Plugin):
    async def handle(self, event: dict) -> str:
        return "never"


async def main():
    plugins = sorted((cls() for cls in REGISTRY.values()), key=lambda p: p.priority)
    print("plugins:", plugins, [p.name for p in plugins])
    for event in ({"type": "signup"}, {"type": "error"}):
        results = await asyncio.gather(*(p.handle(event) for p in plugins), return_exceptions=True)
        print(event["type"], "->", [r if isinstance(r, str) else f"{type(r).__name__}({r})" for r in results])
    for p in plugins:
        if isinstance(p, Closeable):
            await p.aclose()
    print("closeable:", [isinstance(p, Closeable) for p in plugins])
    try:
        Broken()
    except TypeError as e:
        print("TypeError:", e)
    print(issubclass(Logger, Plugin), Plugin.__abstractmethods__ == frozenset({"handle", "name"}))


asyncio.run(main())
