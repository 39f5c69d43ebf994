s = {frozenset({1}), 2}
print({1} in s, {3} in s, set() in s)
s.remove({1}); print(s)
s.discard({9}); s.discard(set())
try:
    s.remove({5})
except KeyError as e:
    print(repr(e))
try:
    s.remove()
except TypeError as e:
    print(e)
try:
    s.discard([1])
except TypeError as e:
    print(e)
print({1: 2}.keys() & {1}, [1] in {1: 2}.values())
