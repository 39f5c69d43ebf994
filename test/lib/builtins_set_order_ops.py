import random
random.seed(3)
for trial in range(40):
    a = set(random.sample(range(-50, 200), random.randint(0, 12)))
    b = set(random.sample(range(-50, 200), random.randint(0, 12)))
    c = list(b)
    print(list(a | b), list(a & b), list(a - b), list(a ^ b), list(a.union(c)), list(a.intersection(c)), list(a.difference(c)), list(a.symmetric_difference(c)))
    d = set(a); d |= b; e = set(a); e &= b; f = set(a); f -= b; g = set(a); g ^= b
    print(list(d), list(e), list(f), list(g))
    h = set(a)
    for x in c[:3]:
        h.discard(x)
    h.update(range(5))
    print(list(h), list(frozenset(a) | b), list(b.intersection(a, c)), list(dict.fromkeys(a | b)))
    s = set(range(trial))
    for i in range(0, trial, 2):
        s.remove(i)
    s.add(1000 + trial)
    print(list(s), s.pop() if s else None, list(s))
