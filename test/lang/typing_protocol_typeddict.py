# typing.Protocol (runtime_checkable structural checks) and TypedDict (classes that make dicts).
from typing import Protocol, TypedDict, TypeVar, Generic, runtime_checkable

T = TypeVar("T")


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class HasName(Protocol):
    name: str


@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...


class ClosingBox(SupportsClose):
    def __init__(self, v):
        self.v = v

    def close(self):
        return f"closed {self.v}"


class File:
    def __init__(self):
        self.name = "f.txt"

    def close(self):
        pass

    def get(self):
        return 1


class Blocked:
    close = None


print(isinstance(File(), SupportsClose), isinstance(3, SupportsClose), isinstance(Blocked(), SupportsClose))
print(isinstance(File(), HasName), isinstance(object(), HasName), isinstance(File(), Box))
print(issubclass(File, SupportsClose), issubclass(int, SupportsClose), issubclass(Blocked, SupportsClose))
try:
    issubclass(File, HasName)
except TypeError as e:
    print("TypeError:", e)
b = ClosingBox(7)
print(b.close(), isinstance(b, SupportsClose), ClosingBox._is_protocol, SupportsClose._is_protocol)
for bad in (SupportsClose, HasName):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    runtime_checkable(File)
except TypeError as e:
    print("TypeError:", str(e).split(" got ")[0])
try:
    class Mixed(SupportsClose, File, Protocol):
        pass
except TypeError as e:
    print("TypeError:", str(e).split(", got ")[0])


class Movie(TypedDict):
    title: str
    year: int


class Extra(Movie, total=False):
    rating: float


Point = TypedDict("Point", {"x": int, "y": int})
m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, type(Point(x=1, y=2)).__name__, Point(x=1, y=2))
print(sorted(Extra.__required_keys__), sorted(Extra.__optional_keys__), Extra.__total__, Movie.__total__)
print(list(Extra.__annotations__), Movie.__name__, Point.__name__)
e = Extra(title="x", year=1, rating=2.5)
e["year"] += 1
print(e, isinstance(e, dict))
try:
    isinstance(m, Movie)
except TypeError as err:
    print("TypeError:", err)
try:
    class Bad(Movie, int):
        pass
except TypeError as err:
    print("TypeError:", err)
