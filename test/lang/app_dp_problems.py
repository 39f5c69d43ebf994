# Dynamic programming: LCS, edit distance, knapsack with lru_cache, coin change, LIS, matrix chain
from functools import lru_cache, cache, reduce
import bisect
import sys


def lcs(a, b):
    m, n = len(a), len(b)
    T = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            T[i + 1][j + 1] = T[i][j] + 1 if a[i] == b[j] else max(T[i][j + 1], T[i + 1][j])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif T[i - 1][j] >= T[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


ITEMS = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
         ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30)]


@lru_cache(maxsize=None)
def knap(i, cap):
    if i == len(ITEMS):
        return 0, ()
    name, w, v = ITEMS[i]
    best = knap(i + 1, cap)
    if w <= cap:
        val, chosen = knap(i + 1, cap - w)
        if val + v > best[0]:
            best = (val + v, (name,) + chosen)
    return best


@cache
def coin_ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return coin_ways(amount - coins[0], coins) + coin_ways(amount, coins[1:])


def min_coins(amount, coins):
    INF = float("inf")
    dp = [0] + [INF] * amount
    for a in range(1, amount + 1):
        dp[a] = min((dp[a - c] + 1 for c in coins if c <= a), default=INF)
    return dp[amount] if dp[amount] != INF else -1


def lis(seq):
    tails, idx, parent = [], [], [None] * len(seq)
    for i, x in enumerate(seq):
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
            idx.append(i)
        else:
            tails[k] = x
            idx[k] = i
        parent[i] = idx[k - 1] if k else None
    out, k = [], idx[-1] if idx else None
    while k is not None:
        out.append(seq[k])
        k = parent[k]
    return out[::-1]


def matrix_chain(dims):
    n = len(dims) - 1

    @lru_cache(None)
    def cost(i, j):
        if i == j:
            return 0, f"M{i}"
        best = None
        for k in range(i, j):
            (c1, s1), (c2, s2) = cost(i, k), cost(k + 1, j)
            c = c1 + c2 + dims[i] * dims[k + 1] * dims[j + 1]
            if best is None or c < best[0]:
                best = (c, f"({s1} x {s2})")
        return best

    r = cost(0, n - 1)
    return r, cost.cache_info()


for a, b in [("ABCBDAB", "BDCABA"), ("AGGTAB", "GXTXAYB"), ("", "abc"), ("kitten", "sitting")]:
    print(f"{a!r:>10} {b!r:<10} lcs={lcs(a, b)!r:<8} edit={edit_distance(a, b)}")
val, chosen = knap(0, 400)
print(val, chosen, sum(w for n, w, v in ITEMS if n in chosen))
print(knap.cache_info().hits > 0, knap.cache_info().maxsize, type(knap.cache_info()).__name__)
knap.cache_clear()
print(knap.cache_info())
print(coin_ways(100, (50, 25, 10, 5, 1)), coin_ways(300, (200, 100, 50, 20, 10, 5, 2, 1)))
print([min_coins(a, [1, 5, 10, 25]) for a in (0, 3, 30, 63, 99)], min_coins(7, [2, 4]))
print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]), lis([]), lis([3, 2, 1]))
print(matrix_chain([40, 20, 30, 10, 30]))
print(matrix_chain([10, 20, 30, 40, 30])[0])

fib_memo = {0: 0, 1: 1}


def fib(n):
    if n not in fib_memo:
        fib_memo[n] = fib(n - 1) + fib(n - 2)
    return fib_memo[n]


print(fib(300), len(str(fib(300))), fib(90) % 1_000_000_007)
print(reduce(lambda acc, x: acc * x % 1000000007, range(1, 1001), 1))
print(sys.getrecursionlimit() >= 1000)


def grid_paths(r, c, blocked):
    @lru_cache(maxsize=128)
    def go(i, j):
        if (i, j) in blocked or i >= r or j >= c:
            return 0
        if (i, j) == (r - 1, c - 1):
            return 1
        return go(i + 1, j) + go(i, j + 1)
    return go(0, 0)


print(grid_paths(10, 10, frozenset()), grid_paths(10, 10, frozenset({(1, 1), (5, 5), (2, 7)})))
print(bisect.bisect([1, 2, 2, 3], 2), bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect_right([1, 3], 2, key=None))
arr = []
for x in [5, 1, 4, 2, 3]:
    bisect.insort(arr, x)
print(arr, bisect.bisect_left(ITEMS, 40, key=lambda t: t[1]))
