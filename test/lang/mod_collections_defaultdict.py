# collections.defaultdict
from collections import defaultdict
groups = defaultdict(list)
for w in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups[w[0]].append(w)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 5
nested["x"]["z"] += 1
print({k: dict(v) for k, v in nested.items()})
s = defaultdict(set)
s["a"].add(1); s["a"].add(2); s["b"].add(1)
print(dict(s))
d = defaultdict(None)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
dd = defaultdict(str, {"pre": "set"})
print(dd["pre"], repr(dd["new"]), sorted(dd))
print(dd.get("nothere"), "nothere" in dd)
print(repr(defaultdict(int, a=1)), isinstance(dd, dict))
graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[a].append(b)
print(dict(graph), graph[4], dict(graph))
