# isinstance/issubclass with tuples, type(x).__name__
vals = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(1), len, lambda: 0, object()]
for v in vals:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple, set)), isinstance(v, object))
print(isinstance(True, int), type(True) is int, type(True) == bool)
print(issubclass(bool, (str, int)), issubclass(int, (float,)), issubclass(float, object))
print(isinstance(3, ()), issubclass(int, ()))
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), (C, A)), isinstance(A(), (B, C)), issubclass(B, (C, (A,))))
try:
    isinstance(3, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)
print(type(type).__name__, type(A).__name__, type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(type(1)(5.9), type("")(12), type([])("ab"))
