# Set comprehensions and set-based algorithms (small ints and sorted strings)
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(evens & threes, evens - threes, sorted(evens | threes))
sieve = set(range(2, 60))
for p in range(2, 8):
    sieve -= {m for m in range(p * p, 60, p)}
print(sorted(sieve))
words = "the quick brown fox jumps over the lazy dog the end".split()
print(sorted({w for w in words if len(w) > 3}), len(set(words)))
print(sorted({len(w) for w in words}), {len(w) for w in words})
a, b = set("hello"), set("world")
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
def dedupe_keep_order(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedupe_keep_order([3, 1, 3, 2, 1, 4]), dedupe_keep_order("mississippi"))
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs), len(pairs))
s = {1, 2, 3}
print({x * 10 for x in s}, {x % 2 for x in s}, frozenset(x for x in s if x > 1))
print(all(x in range(10) for x in evens if x < 10), max(threes), min(evens - {0}))
