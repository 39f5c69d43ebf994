# A set looked up in a set (in, discard, remove) stands for the frozenset of its items.
s = {1, 2, frozenset({1, 2})}
print({1, 2} in s, {3} in s, {1, 2} not in s)
s.discard({1, 2}); print(sorted(s, key=repr))
s.add(frozenset({5}))
s.remove({5}); print(sorted(s, key=repr))
try: s.remove({7})
except KeyError as e: print('KeyError', e)
try: s.add({7})
except TypeError as e: print(e)
try: print([1] in s)
except TypeError as e: print(e)
fs = frozenset({frozenset({1})})
print({1} in fs)
d = {frozenset({1}): 'x'}
try: print({1} in d)
except TypeError as e: print(e)
