# typing: annotations everywhere (List, Dict, Optional, Any, Callable, Tuple, Union, Set, Iterator)
from typing import List, Dict, Optional, Any, Callable, Tuple, Union, Set, Iterator, Sequence, TypeVar, Generic
T = TypeVar("T")
def first(xs: Sequence[T]) -> Optional[T]:
    return xs[0] if xs else None
def apply(fn: Callable[[int], int], vals: List[int]) -> List[int]:
    return [fn(v) for v in vals]
def group(words: List[str]) -> Dict[int, List[str]]:
    out: Dict[int, List[str]] = {}
    for w in words:
        out.setdefault(len(w), []).append(w)
    return out
def parse(v: Union[int, str]) -> int:
    return v if isinstance(v, int) else int(v)
def pairs(n: int) -> Iterator[Tuple[int, int]]:
    for i in range(n):
        yield i, i * i
def unique(xs: List[Any]) -> Set[Any]:
    return set(xs)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
count: int = 0
name: str
print(first([3, 4]), first([]), first("xyz"))
print(apply(lambda x: x * x, [1, 2, 3]))
print(group(["a", "bb", "cc", "d"]))
print(parse("42") + parse(8))
print(list(pairs(4)), sorted(unique([3, 1, 3])))
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), s.items)
print(sorted(apply.__annotations__), list(first.__annotations__))
print(sorted(k for k in parse.__annotations__))
print(count, "name" in dir() if False else "annotated-only name not bound")
