# Sorting tuple keys: NaN and incomparable items stop the comparison, mixed widths, custom __lt__, astral strings.
import random
random.seed(5)
nan = float('nan')
rows = [(random.choice([1, 2, nan]), random.choice('abc'), i) for i in range(40)]
print([r[2] for r in sorted(rows)])
print([r[2] for r in sorted(rows, key=lambda r: (r[1], r[0]))])
print([r[2] for r in sorted(rows, key=lambda r: (r[1], -r[2]), reverse=True)])
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v % 3 < o.v % 3
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f'K{self.v}'
ks = [(random.randint(0, 2), K(random.randint(0, 9)), i) for i in range(30)]
print(sorted(ks))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z'), (1.0, 'a', 0)]))
print(sorted([(2, 'x\U0001F600'), (2, 'x\uffff'), (1, '\ud7ff')]))
