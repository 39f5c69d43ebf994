# A module's own __getattr__ (PEP 562) answers for names the module does not have.
import collections
import sys

print(collections.UserDict.__name__, collections.UserDict.__module__)
from collections import UserList, UserString
print(UserList([1, 2]) + [3], UserString("ab") * 2)
try:
    collections.NoSuchThing
except AttributeError as e:
    print("AttributeError:", e)

calls = []


def __getattr__(name):
    calls.append(name)
    if name.startswith("lazy_"):
        return name.upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


me = sys.modules[__name__]
print(me.lazy_value, getattr(me, "lazy_other", "default"))
print(getattr(me, "missing", "default"), hasattr(me, "nope"))
print(calls)
