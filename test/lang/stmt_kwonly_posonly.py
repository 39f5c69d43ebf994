# Keyword-only and positional-only parameters
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5, f=60))
print(f(1, 2, 3, 40, e=5))

for call in [
    lambda: f(1, b=2, c=3, e=5),
    lambda: f(1, 2, 3, 4, 5),
    lambda: f(1, 2, 3),
]:
    try:
        call()
    except TypeError as err:
        print("TypeError:", err)

def pos_only(x, /):
    return x
print(pos_only(9))
try:
    pos_only(x=9)
except TypeError as err:
    print("TypeError:", err)

def kw_with_kwargs(a, /, **kw):
    return a, sorted(kw.items())
print(kw_with_kwargs(1, a=2))

def star_only(*, x, y):
    return x - y
print(star_only(y=1, x=10))
try:
    star_only(1, 2)
except TypeError as err:
    print("TypeError:", err)
