# Recursion patterns: factorial, fibonacci with memo dict, hanoi, permutations, flatten, gcd
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(12)], fact(40))
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(100), len(memo))
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)
hanoi(4, "A", "C", "B")
print(len(moves), moves[:5])
def perms(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for p in perms(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out
print(["".join(p) for p in perms(list("abc"))], len(perms(list(range(6)))))
def flatten(x):
    return [y for item in x for y in flatten(item)] if isinstance(x, list) else [x]
print(flatten([1, [2, [3, [4]], 5], [[6]]]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 100, 6 ** 50))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def depth(x):
    return 1 + max((depth(v) for v in x), default=0) if isinstance(x, (list, tuple)) else 0
print(depth([1, [2, (3, [4])]]), depth(5), depth([]))
