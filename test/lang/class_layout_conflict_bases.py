import collections, enum, abc, typing
class S1: __slots__ = ("a",)
class S2: __slots__ = ("b",)
class E1: __slots__ = ()
class D1: __slots__ = ("__dict__",)
class W1: __slots__ = ("__weakref__", "__dict__")
class S1b(S1): pass
class S1c(S1): __slots__ = ("c",)
cases = {
    "S1,S2": (S1, S2), "S1,E1": (S1, E1), "S1,D1": (S1, D1), "D1,W1": (D1, W1), "S1b,S1c": (S1b, S1c), "S1c,S2": (S1c, S2),
    "int,str": (int, str), "list,dict": (list, dict), "int,S1": (int, S1), "E1,int": (E1, int), "Exception,int": (Exception, int),
    "ValueError,KeyError": (ValueError, KeyError), "OSError,ValueError": (OSError, ValueError), "OSError,SystemExit": (OSError, SystemExit),
    "NameError,AttributeError": (NameError, AttributeError), "StopIteration,ValueError": (StopIteration, ValueError),

    "Exception,S1": (Exception, S1), "abc.ABC,list": (abc.ABC, list), "tuple,S2": (tuple, S2), "float,int": (float, int),
    "type,int": (type, int), "S1,object": (S1, object), "object,S1": (object, S1), "UnicodeError,OSError": (UnicodeError, OSError),
    "ImportError,SyntaxError": (ImportError, SyntaxError), "KeyError,IndexError": (KeyError, IndexError), "set,frozenset": (set, frozenset),
    "bytes,bytearray": (bytes, bytearray), "collections.deque,list": (collections.deque, list),
}
for name, bases in cases.items():
    try:
        type("X", bases, {})
        print(name, "ok")
    except TypeError as e:
        print(name, "TypeError:", e)
for a, b in [(UnicodeEncodeError, UnicodeDecodeError), (UnicodeError, OSError), (ModuleNotFoundError, ImportError), (UnboundLocalError, AttributeError), (ExceptionGroup, StopIteration), (FileNotFoundError, PermissionError), (ConnectionError, TimeoutError), (UnicodeDecodeError, ValueError)]:
    try:
        type("X", (a, b), {}); print(a.__name__, b.__name__, "ok")
    except TypeError as e: print(a.__name__, b.__name__, e)
