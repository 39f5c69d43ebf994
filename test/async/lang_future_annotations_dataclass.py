from __future__ import annotations
import asyncio
import dataclasses
from dataclasses import dataclass, field, KW_ONLY, InitVar
from typing import ClassVar, NamedTuple, TypedDict, Protocol, runtime_checkable, get_type_hints
import typing

@dataclass
class Cfg:
    name: str
    _: KW_ONLY
    retries: int = 2
    total: ClassVar[int] = 0
    t2: typing.ClassVar[int] = 5
    seed: InitVar[int] = 0
    seed2: dataclasses.InitVar[int] = 1
    tags: list[str] = field(default_factory=list)
    def __post_init__(self, seed, seed2):
        self.retries += seed + seed2

class Row(NamedTuple):
    id: int
    label: str = "?"

class Doc(TypedDict, total=False):
    title: str

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

async def fetch(url: str, *, timeout: float | None = None) -> dict[str, int]:
    await asyncio.sleep(0)
    return {url: len(url)}

async def main() -> None:
    c = Cfg("a", retries=1, seed=3)
    print(c, [f.name for f in dataclasses.fields(c)], Cfg.total, Cfg.__annotations__)
    print(Row(1), Row.__annotations__, Doc.__annotations__, Doc.__optional_keys__)
    print(fetch.__annotations__, await fetch("xy"))
    print(get_type_hints(fetch), get_type_hints(Row))
    print(isinstance(3, Closer))
    x: int = 5
    print(x, main.__annotations__)

asyncio.run(main())
