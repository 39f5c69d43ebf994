# Generators: yield, laziness, state
def count_up(n):
    print("  start")
    for i in range(n):
        print("  yielding", i)
        yield i
    print("  end")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x
print(list(evens(range(20))), sum(evens(range(101))))
def multi():
    yield 1
    yield "two"
    yield [3]
    return
    yield "never"
print(list(multi()))
def empty():
    return
    yield
print(list(empty()), next(empty(), "exhausted"))
def pipeline():
    nums = (i * i for i in range(10))
    odd = (n for n in nums if n % 2)
    return list(odd)
print(pipeline())
def gen_with_local_state():
    total = 0
    while True:
        total += 1
        yield total * 10
s = gen_with_local_state()
print(next(s), next(s), next(s))
