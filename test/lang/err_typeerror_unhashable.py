# Ends with: TypeError: unhashable type: 'list'
seen = {}
for key in [(1, 2), "ab", 3, frozenset({1}), (4, (5, 6))]:
    seen[key] = type(key).__name__
    print("stored", repr(key) if not isinstance(key, frozenset) else "frozenset")
print(len(seen))
bag = set()
bag.add((1, 2))
print(bag)
bag.add([1, 2])
