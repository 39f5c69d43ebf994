# itertools: chain, chain.from_iterable, accumulate, groupby, takewhile, dropwhile
add_ = lambda a, b: a + b
mul_ = lambda a, b: a * b
import itertools as it
print(list(it.chain("ab", [1, 2], range(2))), list(it.chain()))
print(list(it.chain.from_iterable([[1, 2], [3], [], "xy"])))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3, 4], mul_)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.accumulate("abc")))
data = "aaabbcaad"
print([(k, len(list(g))) for k, g in it.groupby(data)])
people = [("ann", "dev"), ("bob", "dev"), ("cy", "ops"), ("di", "dev")]
for role, grp in it.groupby(sorted(people, key=lambda p: p[1]), key=lambda p: p[1]):
    print(role, [name for name, _ in grp])
print([(k, list(g)) for k, g in it.groupby([1, 2, 4, 6, 7, 9], key=lambda x: x % 2)])
print(list(it.takewhile(lambda x: x < 5, [1, 3, 5, 2, 1])), list(it.dropwhile(lambda x: x < 5, [1, 3, 5, 2, 1])))
print(list(it.takewhile(str.isalpha, "abc123def")), "".join(it.dropwhile(str.isspace, "   padded ")))
groups = it.groupby("xxyy")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
