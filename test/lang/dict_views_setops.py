# dict views: dynamic updates, set operations, iteration order
inv = {"apple": 3, "banana": 0, "cherry": 7}
keys, vals, items = inv.keys(), inv.values(), inv.items()
print(keys, vals, items)
inv["date"] = 2
del inv["banana"]
print(list(keys), list(vals), list(items))
other = {"cherry": 1, "elder": 5}
print(sorted(keys & other.keys()), sorted(keys | other.keys()), sorted(keys - other), sorted(keys ^ other.keys()))
print(sorted(items & {("apple", 3), ("cherry", 0)}))
print("apple" in keys, 7 in vals, ("date", 2) in items, len(keys))
print(keys == {"apple", "cherry", "date"}, keys.isdisjoint({"zzz"}))
for k, v in inv.items():
    inv[k] = v * 10
print(inv)
print(sorted(inv, key=inv.get), max(inv.items(), key=lambda kv: kv[1]))
print(list(zip(inv.keys(), inv.values())) == list(inv.items()))
print(dict(sorted(inv.items(), key=lambda kv: -kv[1])))
print({v: k for k, v in inv.items()})
print(sum(inv.values()), list(map(len, inv)))
print(type(keys).__name__, type(vals).__name__, type(items).__name__)
print(list(reversed(inv.keys())), list(reversed(inv.values())))
