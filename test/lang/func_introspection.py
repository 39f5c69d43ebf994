# Function objects: __name__, __doc__, __defaults__, __kwdefaults__, attributes, first-class use
def documented(a, b=2, *args, c, d=4, **kw):
    """Return a summary of arguments."""
    return (a, b, args, c, d, kw)
print(documented.__name__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented(1, c=3), documented(1, 5, 6, 7, c=8, e=9))
def no_doc():
    pass
print(no_doc.__doc__, no_doc(), no_doc.__defaults__)
lam = lambda x: x
print(lam.__name__, callable(lam))
no_doc.custom = "attached"
print(no_doc.custom)
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "max": max}
for name in sorted(ops):
    print(name, ops[name](7, 3))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda s: s + "!", "hi"), apply_twice(abs, -3))
funcs = [len, str.upper, sorted]
print([f("cab") for f in funcs])
def outer():
    def inner():
        return "inner"
    return inner
fn = outer()
print(fn.__name__, fn.__qualname__, fn())
print(documented.__module__, type(documented).__name__)
def gen():
    yield 1
print(type(gen).__name__, type(gen()).__name__)
