# hash of ints and tuples of ints, callable, type, id-free identity checks
for v in [0, 1, -1, -2, 42, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 20]:
    print(v, hash(v))
print(hash(1.0) == hash(1), hash(1.5), hash(-0.0), hash(True), hash(None) == hash(None))
print(hash((1, 2)), hash((1, 2, 3)), hash(()), hash((0,)), hash(((1, 2), 3)))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(callable(len), callable(lambda: 0), callable(int), callable("s"), callable(None), callable(print))
class K:
    def m(self):
        pass
print(callable(K), callable(K()), callable(K().m), callable(K.m))
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, None is None)
print(type(3), type("s"), type(K()), type(K))
print(type(3) is int, type(K()) is K, type(type(3)))
for x in [1, "a", [], {}, (), 1.0, None, K()]:
    print(type(x).__name__, end=" ")
print()
