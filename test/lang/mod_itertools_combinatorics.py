# itertools: product, permutations, combinations, combinations_with_replacement
import itertools as it
print(list(it.product("ab", [1, 2])))
print(list(it.product([0, 1], repeat=3)))
print(len(list(it.product(range(3), range(4), range(5)))))
print(list(it.permutations("abc")))
print(list(it.permutations(range(4), 2)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(5), 3))[:4])
print(list(it.combinations_with_replacement("ab", 3)))
print(len(list(it.combinations(range(10), 4))), len(list(it.permutations(range(6)))))
print(list(it.combinations([], 0)), list(it.combinations("ab", 3)), list(it.permutations("", 0)))
coins = [1, 5, 10, 25]
ways = [c for n in range(1, 5) for c in it.combinations_with_replacement(coins, n) if sum(c) == 30]
print(ways)
print(["".join(p) for p in it.product("xy", repeat=2)])
print(sorted(set("".join(p) for p in it.permutations("aab"))))
