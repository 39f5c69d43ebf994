# Decorators with arguments, class decorators, decorating methods
import functools

def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def ping(x):
    return "ping" + str(x)
print(ping(1), ping.__name__)

def prefix(p="> "):
    def deco(fn):
        def w(s):
            return p + fn(s)
        return w
    return deco

@prefix()
def a(s): return s
@prefix(p="# ")
def b(s): return s
print(a("x"), b("y"))

registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return deco

@register("circle")
class Circle:
    pass
@register("square")
class Square:
    pass
print(sorted(registry), Circle.registered_as, registry["square"].__name__)

def logged(fn):
    def w(self, *a):
        print("call", fn.__name__, a)
        return fn(self, *a)
    return w
class Calc:
    @logged
    def add(self, x, y):
        return x + y
print(Calc().add(2, 3))
@(lambda fn: lambda: fn() * 2)
def seven(): return 7
print(seven())
