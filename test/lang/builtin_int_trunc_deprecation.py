class T:
    def __trunc__(self): return 7
print(int(T()))
import warnings
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
old()
old()
for i in range(2):
    warnings.warn("loop warning")
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("rt", RuntimeWarning)
import random
random.seed(3.5) if False else None
print(bool(NotImplemented) if False else 0)
x = [1]
print(x is [])
