# Every callable exposes __call__: functions, lambdas, bound methods and builtins too.
import functools


def f(x, y=2):
    return x * y


class C:
    def m(self, k):
        return k + 1

    def __call__(self, v):
        return ("inst", v)


print(f.__call__(3), f.__call__(3, y=5), (lambda: 2).__call__())
print(C().m.__call__(4), C.__call__().m(1), C()(7), C().__call__(8))
print(len.__call__([1, 2, 3]), max.__call__(3, 9, key=None))
print(hasattr(f, "__call__"), hasattr(len, "__call__"), hasattr(C().m, "__call__"), hasattr(3, "__call__"))
p = functools.partial(f, 10)
print(p.__call__(), list(map(f.__call__, [1, 2])))
print(callable(f.__call__), f.__call__.__call__(6))
