# *args and **kwargs
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show())
print(show(1, 2))
print(show(a=1, b=2))
print(show(1, *[2, 3], x=4, **{"y": 5}))

def mix(a, b=2, *rest, c, d=5, **opts):
    return a, b, rest, c, d, opts
print(mix(1, c=3))
print(mix(1, 2, 3, 4, c=5, e=6, f=7))

def forward(*args, **kwargs):
    return mix(*args, **kwargs)
print(forward(10, 20, 30, c=40))

def count_types(*items):
    out = {}
    for it in items:
        out[type(it).__name__] = out.get(type(it).__name__, 0) + 1
    return out
print(count_types(1, "a", 2.0, 3, "b", None, [1]))

def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3))
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
def only_args(*a):
    return type(a).__name__, len(a)
print(only_args(*range(10)))
