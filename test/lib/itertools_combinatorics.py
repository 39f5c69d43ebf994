from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('ab', [1, 2])))
print(list(product([0, 1], repeat=3)))
print(list(product('ab', 'cd', repeat=2))[:5], len(list(product('ab', 'cd', repeat=2))))
print(list(product()), list(product('ab', [])))
print(list(permutations('abc')))
print(list(permutations(range(4), 2)))
print(list(permutations('ab', 3)), list(permutations('ab', 0)))
print(list(combinations('abcd', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement('a', 0)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))
for bad in [lambda: combinations('ab', -1), lambda: permutations('ab', -1), lambda: product('a', repeat=-1)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
coins = [1, 2, 5]
ways = [c for c in combinations_with_replacement(coins, 3) if sum(c) == 8]
print(ways)
