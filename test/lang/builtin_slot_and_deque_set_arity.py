import collections
d = collections.deque([1, 2])
tests = [lambda: d.pop(1), lambda: d.popleft(1), lambda: d.append(), lambda: d.appendleft(1, 2), lambda: d.extend(), lambda: d.extendleft(1, 2), lambda: d.insert(1), lambda: d.insert(1, 2, 3), lambda: d.index(), lambda: d.index(1, 2, 3, 4), lambda: d.rotate(1, 2), lambda: d.remove(), lambda: d.count(), lambda: d.clear(1), lambda: d.copy(1), lambda: d.reverse(1),
         lambda: (1).__add__(), lambda: (1).__add__(1, 2), lambda: (1).__round__(1, 2), lambda: (1.5).__round__(1, 2), lambda: (1,).__getitem__(), lambda: (1,).__getitem__(1, 2), lambda: 'a'.__add__(), lambda: [].__getitem__(), lambda: [].__len__(1), lambda: (1).__neg__(1), lambda: 'a'.__contains__(),
         lambda: {1}.issubset(), lambda: {1}.issubset(1, 2), lambda: frozenset().issuperset(), lambda: {1}.symmetric_difference(), lambda: {1}.union(1), lambda: {1}.difference_update(), lambda: set().discard(),
         lambda: [].sort(1), lambda: [].sort(1, 2, 3), lambda: [].sort(1, key=None), lambda: b'a'.join(1), lambda: bytearray().join(1), lambda: 'a'.join(1), lambda: 'a'.replace(None, 'x'), lambda: b'a'.replace(None, b'x'), lambda: 'a'.split(None, None), lambda: 'a'.center(None),
         lambda: b'ab'.hex('', 1), lambda: (1).to_bytes(1, 'big', 3, 4), lambda: (1).to_bytes(1, 'big', 3), lambda: 'a'.zfill(None), lambda: 'a'.find(None), lambda: 'a'.count('a', None, None, 1),
         lambda: (7).__round__(), lambda: (7).__round__(-1), lambda: (7.5).__round__(), lambda: 'a'.startswith(None), lambda: 'abc'.expandtabs(None), lambda: 'a'.encode(None), lambda: [1].index(None), lambda: [1].pop(None), lambda: [].insert(None, 1),
         lambda: collections.Counter('a').most_common(1, 2), lambda: collections.Counter('a').total(1), lambda: collections.Counter('a').update(1, 2), lambda: {}.get(), lambda: {}.pop(1, 2, 3), lambda: {}.setdefault(1, 2, 3), lambda: {}.update(1, 2), lambda: {}.fromkeys(1, 2, 3)]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
