x = 1
if x is 1:
    print("one")
print([1][1.0] if False else 0)
print((1, 2)(3) if False else 1)
assert (x, "msg")
def f(a=[1, 2]["k"] if False else 0):
    y = x is not -1
    z = x is () or x is None or x is ... or x is True or (x is (1, 2))
    return "abc"[None] if False else (1 if False else 2)
@(lambda g: g)
class K:
    q = (f"{x}"(1) if False else 0, [i for i in ()](0) if False else 0, {1}[0] if False else 0)
    r = (None[1] if False else 0, ...[0] if False else 0, True[0] if False else 0, (lambda: 0)[0] if False else 0, -1[0] if False else 0)
    s = ((1, 2)[1.5] if False else 0, b"ab"["x"] if False else 0, f"ab"[""] if False else 0, [1][(1, 2)] if False else 0, [1][0:1], [1, 2][True])
    t = ("a" "b"(1) if False else 0, 1(2) if False else 0, None() if False else 0, {}() if False else 0, (x for x in [])() if False else 0)
print(f(), 1 < x is 2 if False else 0, x is x is 3 if False else 0)
if x is "a" is 1: pass
del [1, 2][1:]
print("done")
if x is 1 is 2: pass
while x is 1 is 2: pass
y = 1 if x is 1 is 2 else 0
assert not (x is 1 is 2) or True
z = (x is 1 is 2) and y
if (x is 1 is 2) and y: pass
if not x is 1 is 2: pass
if x < 1 is 2: pass
if x is 1 < 2: pass
if x is 1 is 2 is 3: pass
if x < 0 < 1 is 2: pass
if 1 is x < 0: pass
z = [a for a in [] if a is 1 is 2]
if False:
    x is 1
if 0:
    x is 2
else:
    x is 3
if True:
    x is 4
else:
    x is 5
while False:
    x is 6
while x is 7 and x is 8:
    break
y = [x is 9 for _ in ()]
