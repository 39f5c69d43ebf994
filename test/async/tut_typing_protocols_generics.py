"""Typed async repository layer: Protocol (runtime_checkable), Generic[T], TypeVar, TypedDict,
Literal, Callable/Awaitable annotations; structural isinstance/issubclass checks."""
import asyncio
from typing import (Any, Awaitable, Callable, Generic, Literal, Optional, Protocol,
                    TypedDict, TypeVar, runtime_checkable)

T = TypeVar("T")
K = TypeVar("K")


class UserDict(TypedDict):
    id: int
    name: str


@runtime_checkable
class AsyncStore(Protocol):
    async def get(self, key: str) -> Optional[Any]: ...
    async def put(self, key: str, value: Any) -> None: ...


@runtime_checkable
class Sized(Protocol):
    def __len__(self) -> int: ...


class NotRuntime(Protocol):
    def ping(self) -> str: ...


class MemoryStore:
    def __init__(self) -> None:
        self.data: dict[str, Any] = {}

    async def get(self, key: str) -> Optional[Any]:
        await asyncio.sleep(0)
        return self.data.get(key)

    async def put(self, key: str, value: Any) -> None:
        await asyncio.sleep(0)
        self.data[key] = value

    def __len__(self) -> int:
        return len(self.data)


class ReadOnly:
    async def get(self, key: str) -> Optional[Any]:
        return None


class Repo(Generic[T]):
    def __init__(self, store: AsyncStore, kind: Literal["user", "order"]) -> None:
        if not isinstance(store, AsyncStore):
            raise TypeError(f"{type(store).__name__} is not an AsyncStore")
        self.store = store
        self.kind = kind

    async def save(self, key: str, item: T) -> None:
        await self.store.put(f"{self.kind}:{key}", item)

    async def load(self, key: str) -> Optional[T]:
        return await self.store.get(f"{self.kind}:{key}")


async def timed(label: str, fn: Callable[[], Awaitable[T]]) -> T:
    result = await fn()
    print(f"[{label}] -> {result!r}")
    return result


async def main():
    store = MemoryStore()
    users: Repo[UserDict] = Repo(store, "user")
    await users.save("1", UserDict(id=1, name="ada"))
    await users.save("2", {"id": 2, "name": "bob"})
    await timed("load 1", lambda: users.load("1"))
    await timed("load 3", lambda: users.load("3"))
    print("isinstance:", isinstance(store, AsyncStore), isinstance(ReadOnly(), AsyncStore),
          isinstance(store, Sized), isinstance([1], Sized), isinstance(3, Sized))
    print("issubclass:", issubclass(MemoryStore, AsyncStore), issubclass(ReadOnly, AsyncStore),
          issubclass(dict, Sized))
    try:
        Repo(ReadOnly(), "order")
    except TypeError as e:
        print("TypeError:", e)
    try:
        isinstance(store, NotRuntime)
    except TypeError as e:
        print("TypeError:", e)
    try:
        AsyncStore()
    except TypeError as e:
        print("TypeError:", e)
    print(len(store), sorted(store.data), UserDict(id=3, name="cy"), type(UserDict(id=1, name="x")).__name__)


asyncio.run(main())
