import asyncio
from typing import (Optional, Generic, TypeVar, Protocol, NamedTuple, TypedDict, Callable, Union, List, Dict,
                    Any, Awaitable, Coroutine, Iterator, AsyncIterator, ClassVar, Final, Literal, cast, overload,
                    runtime_checkable, get_type_hints, Tuple, Set, FrozenSet, Type, Sequence, Mapping)

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

class Res:
    def close(self) -> None:
        print("closing")

class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0
    def label(self) -> str:
        return f"{self.name}@{self.dept}"

class Movie(TypedDict, total=False):
    title: str
    year: int

async def apply(fn: Callable[[int], Awaitable[int]], v: int) -> int:
    return await fn(v)

async def double(x: int) -> int:
    await asyncio.sleep(0)
    return x * 2

async def main() -> None:
    b: Box[int] = Box(3)
    print(b.get(), Box[int], Box[str].__origin__ is Box, T, K.__bound__, N.__constraints__)
    print(isinstance(Res(), Closer), isinstance(3, Closer))
    e = Emp("ann")
    print(e, e.label(), e._fields, Emp._field_defaults, e._replace(salary=9.5), Emp.__annotations__)
    m: Movie = {"title": "x"}
    print(m, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
    print(await apply(double, 21))
    print(Optional[int], Union[int, str], Union[int, None], List[int], Dict[str, List[int]], Callable[[int, str], bool])
    print(Callable[..., Any], Tuple[int, ...], Literal["a", 1], ClassVar[int], Final[int], Type[int], Sequence[int])
    print(int | None, list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)
    print(get_type_hints(double), double.__annotations__, apply.__annotations__["fn"])
    print(cast(int, "not really"), Optional[int] == Union[int, None], Union[int, int], Union[int, Union[str, int]])
    def f(x: "Box[int]", *, y: Optional[List[int]] = None) -> Dict[str, Any]:
        return {}
    print(f.__annotations__)
    print(repr(Any), repr(AsyncIterator[int]), repr(Coroutine[Any, Any, int]), repr(Iterator[str]))
    print(Mapping[str, int].__args__, List[int].__origin__, FrozenSet[int], Set[bytes])

asyncio.run(main())
