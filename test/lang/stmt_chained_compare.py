# Chained comparisons and evaluation order
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
none, false = None, False
print(1 == 1 != 2, none is not false is not none)
print(1 < 2 > 0, 5 > 2 < 3 < 10)
x = 5
print(0 <= x < 10, 0 <= x <= 4)
print("a" < "b" < "c", [1, 2] < [1, 3] < [2])
print((1, 2) < (1, 2, 0), (2,) > (1, 99))
print(1 in [1, 2] in [[1, 2]], 3 not in [1] in [[1]])
print(None is None, [] is not [])
print(v(0) == v(0) == v(1) == v(2), calls)
print(1 < 2.5 < 3, 2 == 2.0 == True + 1)
print(float("nan") < 1, float("nan") >= 1, float("inf") > 10**300)
