d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
print(sorted({'a', 'z'} - k), sorted({'a', 'z'} & k), sorted({'z'} | k), sorted({'a', 'z'} ^ k))
print(sorted(['a', 'q'] - k) if False else sorted(k - ['a', 'q']), k.isdisjoint(['x', 'y']), k.isdisjoint('abc'))
print(k <= {'a', 'b', 'c', 'd'}, k < {'a', 'b', 'c'}, k >= {'a'}, k > {'a', 'b', 'c'}, k == {'a', 'b', 'c'}, k != {'a'})
i = d.items()
print(sorted(i - {('a', 1)}), sorted({('b', 2), ('x', 0)} & i), i.isdisjoint([('a', 2)]), ('a', 1) in i, i <= {('a', 1), ('b', 2), ('c', 3)})
e = {'b': 20, 'c': 30, 'd': 40}
print(sorted(k & e.keys()), sorted(k ^ e.keys()), sorted(e.keys() - k))
d['d'] = 4
print(len(k), sorted(k), k == e.keys() | {'a'})
