# Comprehensions inside functions/classes: what they can and cannot see
def f():
    base = 10
    inner = [base + i for i in range(3)]
    nested = [[base * j + i for i in range(2)] for j in range(2)]
    gen = list(base - i for i in range(3))
    return inner, nested, gen
print(f())
class Table:
    size = 3
    rows = [r for r in range(size)]       # 'size' visible: outermost iterable
    try:
        grid = [[c for c in range(size)] for r in range(2)]
    except NameError as e:
        grid = "NameError: " + str(e)
print(Table.rows, Table.grid)
x = "global"
def g():
    x = "local"
    return [x for _ in range(1)], {x: 1 for _ in range(1)}, list(x for _ in range(1))
print(g())
def h():
    items = []
    res = [items.append(i) or i for i in range(3)]
    return items, res
print(h())
i = "untouched"
squares = [i * i for i in range(4)]
print(i, squares)
def walrus_in_comp():
    data = [1, 5, 2, 8]
    big = [y for v in data if (y := v * 3) > 5]
    return big, y
print(walrus_in_comp())
print([[i for i in range(k)] for k in range(4)])
