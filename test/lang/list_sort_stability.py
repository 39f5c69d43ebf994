# sort/sorted stability with key and reverse, sort of mixed keys, list.sort errors and mutation during sort.
people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22), ('frank', 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(sorted(people), key=lambda p: p[1], reverse=True))
words = ['Banana', 'apple', 'cherry', 'Apple', 'banana', 'Cherry', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True), sorted(words, key=len))
print(sorted([3, 1.5, True, 2, 0, -1.5, False]), sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted('hello', reverse=True))
nums = [5, 3, 8, 1, 9, 2]
nums.sort(key=lambda x: -x)
print(nums, sorted(nums, key=lambda x: x % 3), sorted(nums, key=lambda x: (x % 2, -x)))
records = [{'n': 'x', 'v': 2}, {'n': 'y', 'v': 1}, {'n': 'z', 'v': 2}]
print([r['n'] for r in sorted(records, key=lambda r: r['v'])], [r['n'] for r in sorted(records, key=lambda r: r['v'], reverse=True)])
print(sorted([[2, 1], [1, 2], [1, 1, 0], [1]]), sorted([(), (0,), (0, 0)], reverse=True), max([[1, 2], [1, 3]]), min('bca'))
print(sorted([float('inf'), 1, -float('inf'), 0.5]), sorted(range(10), key=lambda x: x // 3, reverse=True))
for bad in ([1, 'a'], [None, 1], [(1, 2), (1, 'x')], [{1}, {2}, {1, 2}]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print('TypeError', e)
try:
    [3, 1].sort(lambda a, b: a - b)
except TypeError as e:
    print('TypeError', e)
lst = [3, 1, 2]
def key(x):
    lst.append(0)
    return x
try:
    lst.sort(key=key)
except ValueError as e:
    print('ValueError', e)
print(sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]), list(reversed(sorted([2, 1, 3]))))
import functools
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)), sorted(['aa', 'b', 'ccc'], key=len, reverse=True))
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'V{self.v}'
print(sorted([V(3), V(1), V(2)]), max([V(3), V(1), V(5)]), min(V(4), V(2)))
