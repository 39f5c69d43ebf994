# itertools: zip_longest, starmap, tee, pairwise, compress, filterfalse
import itertools as it
print(list(it.zip_longest("abc", [1])), list(it.zip_longest("ab", "wxyz", fillvalue="-")))
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(it.starmap(lambda a, b: a + b, zip("ab", "cd"))))
a, b = it.tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
t1, t2, t3 = it.tee("xy", 3)
print(list(t1), list(t2), list(t3))
print(list(it.pairwise([1, 4, 9, 16, 25])), list(it.pairwise("a")), list(it.pairwise("abc")))
print([y - x for x, y in it.pairwise([1, 4, 9, 16, 25])])
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress(range(10), (i % 3 == 0 for i in range(10)))))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a"])))
rows = [(1, 2, 3), (4, 5)]
for r in it.zip_longest(*rows, fillvalue=0):
    print(r)
print(dict(it.zip_longest("abc", range(2))))
