# Iteration order of set results follows CPython's table: union/intersection/difference/xor, in-place forms, views.
import random
random.seed(5)
ops = ['|', '&', '-', '^', 'u', 'i', 'd', 's', 'iu', 'ii', 'id', 'is', 'c', 'set', 'fs', 'ior', 'iand', 'isub', 'ixor']
for trial in range(400):
    a = set(random.sample(range(60), random.randint(0, 20)))
    for _ in range(random.randint(0, 4)):
        a.discard(random.randint(0, 60))
    b = set(random.sample(range(60), random.randint(0, 20)))
    bl = list(b)
    op = random.choice(ops)
    if op == '|': r = a | b
    elif op == '&': r = a & b
    elif op == '-': r = a - b
    elif op == '^': r = a ^ b
    elif op == 'u': r = a.union(bl, [99])
    elif op == 'i': r = a.intersection(bl)
    elif op == 'd': r = a.difference(bl)
    elif op == 's': r = a.symmetric_difference(bl)
    elif op == 'iu': a.update(bl); r = a
    elif op == 'ii': a.intersection_update(b); r = a
    elif op == 'id': a.difference_update(bl); r = a
    elif op == 'is': a.symmetric_difference_update(bl); r = a
    elif op == 'c': r = a.copy()
    elif op == 'set': r = set(a)
    elif op == 'fs': r = frozenset(a) | frozenset(bl)
    elif op == 'ior': a |= b; r = a
    elif op == 'iand': a &= b; r = a
    elif op == 'isub': a -= b; r = a
    elif op == 'ixor': a ^= b; r = a
    print(op, list(r), len(r))
d = dict.fromkeys(range(0, 40, 3))
for other in [set(range(10)), list(range(5, 15)), {7: 1, 9: 2}.keys()]:
    print(list(d.keys() & other), list(d.keys() | other), list(d.keys() - other), list(d.keys() ^ other))
    print(list(other & d.keys()) if isinstance(other, set) else '', list(set(range(8)) - d.keys()))
print(list({1, 2, 3}.union()), list(set({100: 1, 3: 2, 17: 3})), list(frozenset(range(20, 0, -3))))
