# Multiple assignment targets, swaps, nested unpacking, evaluation order
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
lst = [0, 1, 2]
i = 0
i, lst[i] = 1, "set"
print(i, lst)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, (t, [u, v])] = ["s", ("t", ["u", "v"])]
print(s, t, u, v)
d = {}
d["a"] = d["b"] = 5
print(d)
order = []
def val(n):
    order.append(n)
    return n
res = {val("k1"): val("v1"), val("k2"): val("v2")}
print(order, res)
order.clear()
val(1) + val(2) * val(3)
print(order)
order.clear()
lst2 = [10, 20, 30]
lst2[val(0)], lst2[val(2)] = val(99), val(77)
print(order, lst2)
m, *n = "hi"
print(m, n)
for (k, v), idx in zip({"x": 1, "y": 2}.items(), range(5)):
    print(k, v, idx)
first = second = "shared"
first += "!"
print(first, second)
