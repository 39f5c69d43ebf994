# __call__ and callable objects
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *more):
        self.calls += 1
        return x + self.n + sum(more)
add5 = Adder(5)
print(add5(10), add5(1, 2, 3), add5.calls, callable(add5), callable(Adder), callable(5))
print(list(map(add5, range(4))))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache), type(fib).__name__)
class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self):
        self.count += 1
        return self.count
c = Counter()
print([c() for _ in range(5)])
print(list(iter(c, 10)), c.count)
class Pipeline:
    def __init__(self, *fns):
        self.fns = fns
    def __call__(self, v):
        for f in self.fns:
            v = f(v)
        return v
p = Pipeline(str.strip, str.upper, lambda s: s + "!")
print(p("  hi there "), sorted(["b ", " a"], key=Pipeline(str.strip)))
try:
    Adder(1)()
except TypeError as e:
    print("TypeError:", e)
