# The builtin containers' iterators have CPython's type names (list_iterator, str_ascii_iterator, dict_keyiterator...).
for o in ([1], (1,), 'ab', 'é', range(3), range(2**70), {1: 2}, {1}, frozenset({1})):
    print(type(iter(o)).__name__)
d = {1: 2}
print(type(iter(d.keys())).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__, type(reversed(d)).__name__)
print(type(reversed([1])).__name__, type(iter(iter([1]))).__name__)
it = iter([1, 2])
print(next(it), list(it), iter(it) is it)
import collections.abc
print(isinstance(iter([]), collections.abc.Iterator), isinstance(iter('x'), collections.abc.Iterable))
try:
    len(iter([]))
except TypeError as e:
    print(e)
