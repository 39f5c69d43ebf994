# Decorators without arguments, stacked
import functools

def shout(fn):
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper() + "!"
    return wrapper

def bracket(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return "[" + str(fn(*args, **kwargs)) + "]"
    return wrapper

@shout
def greet(name):
    return "hello " + name

@bracket
@shout
def both(x):
    return x

@shout
@bracket
def both_rev(x):
    return x

print(greet("bob"))
print(both("a"), both_rev("a"))
print(greet.__name__, both.__name__)
order = []
def tag(label):
    order.append("make " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco

@tag("outer")
@tag("inner")
def f():
    return 1
print(order)
def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def h(x):
    return x
h(1); h(2); h(3)
print(h.calls)
