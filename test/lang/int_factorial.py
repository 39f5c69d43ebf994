# Factorials and combinatorics with big ints
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
for n in (0, 1, 5, 10, 20, 25, 30, 50):
    print(n, fact(n))
print(fact(100))
print(fact(100) // fact(98))
def trailing_zeros(n):
    s = str(n)
    return len(s) - len(s.rstrip("0"))
print(trailing_zeros(fact(100)), trailing_zeros(fact(250)))
def binom(n, k):
    return fact(n) // (fact(k) * fact(n - k))
print([binom(10, k) for k in range(11)])
print(binom(100, 50))
cat = [binom(2 * n, n) // (n + 1) for n in range(15)]
print(cat)
