# collections.abc: isinstance checks on builtins, mixin methods of MutableMapping/Sequence, abstract errors.
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence, Sized, Callable, Hashable, Generator, Set, MutableSequence, Container, Collection
import collections.abc
import collections
print(collections.abc.Mapping is Mapping, Mapping.__module__, Mapping)
for v in ([1], (1,), 'ab', {1: 2}, {1}, frozenset(), range(3), iter([]), (x for x in []), 5, None, len, b'x', bytearray()):
    print(type(v).__name__ if not type(v).__name__.endswith("iterator") else "iter", [isinstance(v, c) for c in (Iterable, Iterator, Mapping, MutableMapping, Sequence, Sized, Callable, Hashable, Generator, Set, MutableSequence, Container, Collection)])
class Registry(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Registry()
r['A'] = 1; r.update({'B': 2}, c=3)
print(dict(r), 'a' in r, r.get('Z', 0), r.pop('b'), r.setdefault('d', 4), len(r), list(r.keys()), list(r.items()), list(r.values()))
print(r == {'a': 1, 'c': 3, 'd': 4}, r.keys() & {'a', 'q'}, isinstance(r, Mapping))
class Deck(Sequence):
    def __init__(self): self.cards = [f'{r}{s}' for s in 'SH' for r in 'A23']
    def __len__(self): return len(self.cards)
    def __getitem__(self, i): return self.cards[i]
d = Deck()
print(len(d), d[0], list(reversed(d))[:2], '2H' in d, d.index('AH'), d.count('3S'), list(d)[-1])
class Bad(Mapping): pass
try: Bad()
except TypeError as e: print(e)
class Evens(Iterator):
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 2
        if self.n > 8: raise StopIteration
        return self.n
print(list(Evens()), iter(Evens()).__class__.__name__)
def flatten(x):
    for i in x:
        if isinstance(i, Iterable) and not isinstance(i, str): yield from flatten(i)
        else: yield i
print(list(flatten([1, [2, (3, 'ab')], {4: 0}])))
