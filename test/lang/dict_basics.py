# dict: insertion order, methods, views
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), len(d))
print(d.get("a"), d.get("z"), d.get("z", 0), d["c"])
print(d.keys(), d.values(), d.items())
print(d.setdefault("d", 4), d.setdefault("a", 99), d)
print(d.pop("a"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
del d["b"]
d["b"] = 5
print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
c = d.copy()
c.clear()
print(c, d)
print("x" in d, "q" in d, 1 in d.values(), ("x", 1) in d.items())
print(dict(a=1, b=2), dict([("k", "v"), ("k2", "v2")]), dict(zip("ab", range(2))), dict({"m": 1}, n=2))
ks = d.keys()
d["new"] = 0
print(ks, len(ks))
print(d.keys() & {"x", "y", "nope"} == {"x", "y"}, sorted(d.keys() - {"x"}))
print(list(reversed(d)), list(reversed(d.items()))[:2])
try:
    for k in d:
        d["boom"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print({1: "a", 1.0: "b", True: "c"})
print(d == dict(reversed(list(d.items()))))
