# typing names used in annotations: TypeAlias, ParamSpec, Generic classes, NewType, TypedDict, assert_never.
from typing import (Any, Text, TypeAlias, ParamSpec, Hashable, Sized, SupportsInt, AnyStr, Pattern, Concatenate, Callable,
    assert_never, NotRequired, TypedDict, Protocol, TypeVar, Generic, Iterator, Optional, Union, cast, NewType, Literal)
P = ParamSpec('P')
T = TypeVar('T')
Vector: TypeAlias = list[float]
def scale(v: Vector, k: float) -> Vector: return [x * k for x in v]
print(scale([1.0, 2.0], 2), Text, P, T)
class Stack(Generic[T]):
    def __init__(self) -> None: self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s: Stack[int] = Stack()
s.push(1); s.push(2); print(s.pop(), s.items)
UserId = NewType('UserId', int)
print(UserId(5), cast(int, '3'))
def f(x: Union[int, str, None] = None) -> Optional[str]: return None if x is None else str(x)
print(f(), f(3), sorted(f.__annotations__))
try: assert_never(42)
except AssertionError as e: print(e)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {'title': 'X', 'year': 1999}
print(m)
