# Deeply nested functions and name resolution (LEGB)
len_backup = len
def outer(a):
    b = a + 1
    def mid(c):
        d = c + b
        def inner(e):
            return a + b + c + d + e
        return inner
    return mid

print(outer(1)(2)(3))

def shadow_builtin():
    len = lambda x: 42
    return len([1, 2, 3])
print(shadow_builtin(), len([1, 2, 3]))

def recursive_closure(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recursive_closure(10))

def mutual():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)
    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    return [is_even(i) for i in range(5)]
print(mutual())

def closure_over_param(items):
    def total():
        return sum(items)
    items.append(100)
    return total()
print(closure_over_param([1, 2]))

def func_attrs():
    def f():
        return f.calls
    f.calls = 7
    return f()
print(func_attrs())
print(outer.__name__, outer(1).__name__, outer(1)(2).__qualname__)
