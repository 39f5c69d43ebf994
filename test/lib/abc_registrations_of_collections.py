# ChainMap is a MutableMapping, deque a MutableSequence and mappingproxy a Mapping, as in CPython;
# mapping patterns match the first and the last.
import types
from collections import ChainMap, Counter, OrderedDict, deque
from collections.abc import Mapping, MutableMapping, MutableSequence, Sequence

c = ChainMap({1: 2}, {3: 4})
print(isinstance(c, Mapping), isinstance(c, MutableMapping), issubclass(ChainMap, MutableMapping))
mp = types.MappingProxyType({"a": 1})
print(isinstance(mp, Mapping), isinstance(mp, MutableMapping))
print(isinstance(deque(), MutableSequence), isinstance(deque(), Sequence), isinstance(OrderedDict(), MutableMapping), isinstance(Counter(), MutableMapping))
match c:
    case {1: x, **rest}:
        print("matched", x, rest)
match mp:
    case {"a": v}:
        print("mappingproxy", v)
match deque([1, 2, 3]):
    case [first, *others]:
        print("deque", first, others)
print(c.get(3), list(c.keys()), c == {1: 2, 3: 4}, 5 in c)
