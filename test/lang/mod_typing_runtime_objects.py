from typing import (TypedDict, Required, List, Dict, Optional, Union, Any, Callable, Tuple, Type, Iterable, Generic, Protocol, Deque, DefaultDict, Counter, Mapping, Iterator, Sequence, Literal, TypeVar, runtime_checkable, get_origin, get_args, get_type_hints, ForwardRef, ClassVar, Annotated, NewType, NoReturn, Never, Self, TypeAlias, LiteralString, AbstractSet, ContextManager, AsyncContextManager, Awaitable, AsyncGenerator, Generator)
import typing
class Movie(TypedDict, total=False):
    title: str
    year: int
class M2(Movie):
    rating: Required[float]
m = Movie(title="x")
print(type(m), m, sorted(M2.__required_keys__), sorted(M2.__optional_keys__), M2.__annotations__, M2.__total__, M2.__mro__, Movie.__bases__)
try: isinstance(m, Movie)
except TypeError as e: print(e)
P = TypedDict("P", {"a": int, "b": str}, total=False)
print(P, sorted(P.__optional_keys__), P(a=1), P.__module__, P.__qualname__)
print(List, Dict, Optional, Union, Any, Callable, Tuple, Type, Iterable, Generic, Protocol)
try: List()
except TypeError as e: print(e)
try: List[int]()
except TypeError as e: print(e)
print(Deque[int](), DefaultDict(int), Counter("aab"))
try: isinstance([], List[int])
except TypeError as e: print(e)
print(isinstance([], List), isinstance({}, Mapping), isinstance(iter([]), Iterator), issubclass(list, Sequence))
try: Any[int]
except TypeError as e: print(e)
try: Any()
except TypeError as e: print(e)
try: Optional[int, str]
except TypeError as e: print(e)
try: Union[()]
except TypeError as e: print(e)
print(Union[int], Union[int, str, int], Union[int, None, str], Optional[Union[int, str]], Optional[None])
print(Union[int, str] == Union[str, int], Literal[1, 2] == Literal[2, 1], Literal[1, 1, 2], List[int] == List[int], List[int] == list[int])
T = TypeVar("T"); U = TypeVar("U", covariant=True); V = TypeVar("V", contravariant=True)
print(T, U, V, T.__name__, T.__bound__, T.__constraints__, T.__covariant__, List[T], List[T][int], Dict[str, T][int], Dict[T, U].__parameters__)
try: TypeVar("X", int)
except TypeError as e: print(e)
try: TypeVar("X", int, bound=str)
except TypeError as e: print(e)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box.__parameters__, Box[int].__args__, Box[int].__origin__, Box.__mro__, Box.__orig_bases__)
b = Box[int](3); print(b.__orig_class__, b.v)
try: Box[int, str]
except TypeError as e: print(e)
class Pair(Generic[T, U]): pass
try: Pair[int]
except TypeError as e: print(e)
class IntBox(Box[int]): pass
print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox.__mro__)
try:
    class Bad(Generic): pass
except TypeError as e: print(e)
try: Generic[int]
except TypeError as e: print(e)
try: Generic[T, T]
except TypeError as e: print(e)
class Sz(Protocol):
    size: int
    def area(self) -> float: ...
try: isinstance(3, Sz)
except TypeError as e: print(e)
try: Sz()
except TypeError as e: print(e)
@runtime_checkable
class Cl(Protocol):
    def close(self): ...
class X:
    def close(self): pass
class Y:
    close = None
print(isinstance(X(), Cl), isinstance(Y(), Cl), issubclass(X, Cl), isinstance(3, Cl), Cl.__mro__)
try: runtime_checkable(X)
except TypeError as e: print(e)
@runtime_checkable
class HasSize(Protocol):
    size: int
class S: size = 3
print(isinstance(S(), HasSize))
try: issubclass(S, HasSize)
except TypeError as e: print(e)
class Impl(Cl):
    pass
print(isinstance(Impl(), Cl), Impl._is_protocol)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_origin(int), get_args(Callable[[int], str]), get_origin(Literal[1]))
def f(a: int, b: "str", c: None = None) -> List[int]: pass
print(get_type_hints(f))
class A:
    x: int
    y: "List[int]"
class B(A):
    z: Optional[str] = None
print(get_type_hints(B), B.__annotations__)
print(repr(ForwardRef("X")), Callable[[], None], Callable[[int], None], Tuple[()], Tuple[int], Type[Any], ClassVar[List[int]], Annotated[int, "meta"])
print(NewType("UserId", int), NewType("UserId", int)(5), NoReturn, Never, Self, TypeAlias, LiteralString)
print(Optional[int] | str, List[int] | None, int | List[str], T | None)
print(hash(List[int]) == hash(List[int]), {Optional[int]: 1}[Union[int, None]], Generic[T])
print(typing.Sequence[int].__origin__, typing.Iterable.__origin__ if hasattr(typing.Iterable,'__origin__') else None, AbstractSet[int], ContextManager[int], AsyncContextManager[int], Awaitable[int], AsyncGenerator[int, None], Generator[int, None, None])
