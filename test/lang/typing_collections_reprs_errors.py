import typing, functools, collections, itertools, operator
from typing import NamedTuple, TypedDict, Generic, TypeVar, Optional, Union, List, Dict, Callable, Any, Protocol, Literal, Final, ClassVar
T = TypeVar('T')
K = TypeVar('K', bound=int)
class Pair(NamedTuple):
    a: int
    b: str = 'x'
p = Pair(1)
print(p, p._replace(b='q'), Pair._field_defaults, Pair.__annotations__, p._asdict(), Pair._make((3, 'z')))
try:
    Pair()
except TypeError as e:
    print(e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)
class Movie(TypedDict, total=False):
    name: str
    year: int
m = Movie(name='x')
print(m, type(m), Movie.__total__, sorted(Movie.__optional_keys__), Movie.__annotations__)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box[int](3).v, repr(T), repr(K), K.__bound__, Box.__parameters__)
print(Optional[int], Union[int, str], Union[int, None], List[int], Dict[str, List[int]], Callable[[int, str], bool], Callable[..., int])
print(Literal['a', 1], typing.Tuple[int, ...], typing.Tuple[()], Any, typing.Set[int], typing.FrozenSet[str], typing.Type[int])
print(int | str, list[int], dict[str, int] | None, tuple[int, ...], type[int])
print(typing.get_origin(Optional[int]), typing.get_args(Optional[int]), typing.get_args(Callable[[int], str]))
print(Union[int, int], Union[int, Union[str, float]], Optional[Union[int, str]])
print(typing.cast(str, 1), typing.cast('int', 'x'))
def f(a: int, b: 'str' = 'x') -> Optional[int]: pass
print(typing.get_type_hints(f), f.__annotations__)
class Proto(Protocol):
    def meth(self) -> int: ...
print(Proto, ClassVar[int], Final[int])
print(functools.partial(max, 1, key=abs), functools.partial(functools.partial(max, 1), 2))
print(repr(functools.partial(int, '10', base=2)), functools.partial(int, '10', base=2)())
@functools.lru_cache(maxsize=2)
def sq(x): return x * x
print([sq(i) for i in (1, 2, 1, 3, 1, 2)], sq.cache_info(), sq.cache_parameters())
print(repr(operator.itemgetter('a')), repr(operator.attrgetter('x', 'y.z')), repr(operator.methodcaller('m', 1, k='v')))
print(repr(itertools.count(5, 2)), repr(itertools.repeat('x')), repr(itertools.repeat('x', 3)), repr(itertools.count(1.5)))
print(repr(collections.deque([1, 2], maxlen=3)), repr(collections.Counter()), repr(collections.OrderedDict()), repr(collections.defaultdict(int)))
print(repr(collections.ChainMap()), repr(collections.ChainMap({1: 2}, {})), repr(collections.Counter({'a': 0, 'b': -1, 'c': 2})))
print(collections.Counter('aabbc').most_common(), collections.Counter('ccbbaa').most_common(2), collections.Counter(a=2, b=2, c=1).most_common(1))
c = collections.Counter(a=3, b=1)
d = collections.Counter(a=1, b=2, c=-1)
print(c + d, c - d, c | d, c & d, +d, -d, c == collections.Counter(a=3, b=1, z=0))
c.subtract(d); print(c)
print(c.total(), collections.Counter('abc') < collections.Counter('abcc'), collections.Counter(a=1) <= collections.Counter(a=1, b=0))
dq = collections.deque(range(5), maxlen=4)
dq.rotate(3); print(dq); dq.appendleft(9); print(dq); dq.extend([7, 8]); print(dq, dq[-2], dq.index(8))
try:
    dq.index(100)
except ValueError as e:
    print(e)
try:
    collections.deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print(e)
try:
    collections.deque().pop()
except IndexError as e:
    print(e)
od = collections.OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(od, od.popitem(last=False), list(reversed(od)))
try:
    od.move_to_end('zz')
except KeyError as e:
    print(repr(e))
print(od == collections.OrderedDict(c=3, a=1), collections.OrderedDict(a=1, c=3) == od, dict(od) == {'a': 1, 'c': 3})
NT = collections.namedtuple('NT', 'a b c', defaults=[2, 3])
print(NT(1), NT(1, c=9), NT._field_defaults, repr(NT), NT.__doc__, NT.a)
try:
    NT(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    NT(1, d=2)
except TypeError as e:
    print(e)
try:
    NT._make([1])
except TypeError as e:
    print(e)
try:
    collections.namedtuple('X', ['a', '1b'])
except ValueError as e:
    print(e)
try:
    collections.namedtuple('X', ['a', '_b'])
except ValueError as e:
    print(e)
try:
    collections.namedtuple('X', 'a a')
except ValueError as e:
    print(e)
print(collections.namedtuple('R', 'def a a _x', rename=True)._fields)
cm = collections.ChainMap({'a': 1}, {'a': 2, 'b': 3})
cm['c'] = 4
print(cm, cm.maps, dict(cm), list(cm), cm.parents, cm.new_child())
try:
    del cm['b']
except KeyError as e:
    print(repr(e))
dd = collections.defaultdict(list)
dd['x'].append(1)
print(dd, dd.__missing__('y'), dd, dict(dd))
try:
    collections.defaultdict(int, a=1)['q'] + collections.defaultdict(None)['z']
except KeyError as e:
    print(repr(e))
