# Subscripting classes: __class_getitem__ gives types.GenericAlias; other classes refuse.
import collections
import collections.abc
import contextlib
import functools
import itertools
import dataclasses

for t in [list, dict, tuple, set, frozenset, type, collections.deque, collections.defaultdict,
          collections.OrderedDict, collections.Counter, collections.ChainMap, collections.abc.Iterable,
          collections.abc.Mapping, collections.abc.AsyncIterator, collections.abc.KeysView,
          contextlib.AbstractContextManager, contextlib.ExitStack, functools.partial, itertools.chain,
          dataclasses.Field]:
    a = t[int]
    print(repr(a), a.__origin__ is t, a.__args__, type(a).__name__)

print(collections.abc.Callable[[int, str], bool], collections.abc.Callable[..., int])
print(collections.abc.Callable[[int], str].__args__, dict[str, list[int]], tuple[()])

GA = type(list[int])
print(GA(list, int), GA(dict, (str, int)), GA(list, int) == list[int])

for t in [int, str, object, Exception, range]:
    try:
        t[int]
    except TypeError as e:
        print(e)


class Plain:
    pass


class WithHook:
    def __class_getitem__(cls, item):
        return f"{cls.__name__} of {item!r}"


class Sub(WithHook):
    pass


try:
    Plain[int]
except TypeError as e:
    print(e)
print(WithHook[int], Sub["x"], hasattr(Plain, "__class_getitem__"), hasattr(int, "__class_getitem__"))


class MyList(list):
    pass


print(MyList[int], MyList[int]([1, 2]))
try:
    list[int][str]
except TypeError as e:
    print(e)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
