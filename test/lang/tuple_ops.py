# tuple operations
t = (1, 2, 3, 2, 1)
print(t, len(t), t[0], t[-1], t[1:4], t[::-1])
print(t.count(2), t.index(3), t.index(2, 2))
print(t + (4,), t * 2, (0,) * 3, () + ())
print((1,), (), tuple(), tuple("ab"), tuple(range(3)), tuple([1, [2]]))
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 100), (1, 2) < (1, 2, 3))
a, b, c = (10, 20, 30)
print(a + b + c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
point = 3, 4
print(point, type(point).__name__)
t2 = (1, [2, 3])
t2[1].append(4)
print(t2)
try:
    t2[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t2 += ([5],)
    print(t2)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash((1, 2)) == hash((2, 1)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(max((3, 9, 1)), min(("b", "a")), sum((1, 2, 3)), sorted((3, 1, 2)))
print(3 in t, 9 not in t, list(enumerate(("x", "y"))))
print(repr((1,)), repr(("a", "b")), str(((),)))
