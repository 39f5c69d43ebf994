# Where set.add puts a key whose probe passes deleted entries (dummies): CPython reuses the last one.
import random
random.seed(11)
def t(n, rm, add):
    s = set(range(n))
    for i in rm:
        s.remove(i)
    for a in add:
        s.add(a)
    return list(s)
print(t(24, [0], [1024]), t(24, [8], [1024]), t(24, [0, 8], [1024]), t(24, [0, 2, 4, 6, 8], [1024]))
for trial in range(60):
    n = random.randint(1, 200)
    rm = random.sample(range(n), random.randint(0, n))
    add = [random.choice([random.randint(-500, 5000), 2 ** random.randint(5, 70), -(2 ** random.randint(5, 70))]) for _ in range(random.randint(1, 8))]
    print(t(n, rm, add))
    s = set(range(n))
    for i in rm[:len(rm) // 2]:
        s.discard(i)
    s |= set(add)
    s -= set(rm[len(rm) // 2:])
    s.update(range(n, n + 5))
    print(list(s), s.pop() if s else None)
