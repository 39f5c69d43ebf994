from collections import defaultdict

d = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    d[word[0]].append(word)
print(d)
print(d['a'], len(d), d['zz'], len(d))
print('q' in d, d.get('q'), len(d))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()))
print(counts.default_factory, isinstance(counts, dict))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
nested['x']['z'] += 1
print(dict(nested['x']))
n = defaultdict(None, {'a': 1})
print(n, n.default_factory)
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
s = defaultdict(set)
s[1].add('one')
s[1].add('uno')
print(sorted(s[1]), repr(defaultdict(int)))
c = counts.copy()
c['m'] += 10
print(c['m'], counts['m'], type(c).__name__)
dd = defaultdict(str, a='x')
print(dd, dd['b'] + '!', dd)
dd.default_factory = int
print(dd['c'], dd)
