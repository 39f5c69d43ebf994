import collections
print(collections.abc.Mapping, isinstance({}, collections.abc.Mapping))
from collections import abc
print(abc.Sequence, "abc" in dir(collections))
import collections.abc
print(collections.abc.Iterable)
import collections
print(collections.UserDict, collections.abc.Set)
