# collections.ChainMap and a Counter/deque based sliding window
from collections import ChainMap, Counter, deque
defaults = {"color": "red", "size": "M", "debug": False}
env = {"size": "L"}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["size"], cfg["debug"], len(cfg), sorted(cfg))
cfg["color"] = "blue"
print(cli, defaults["color"], cfg["color"])
child = cfg.new_child({"size": "XL"})
print(child["size"], cfg["size"], child.maps[0], len(child.maps))
print(dict(sorted(child.items())))
del cfg["color"]
print(cfg["color"], "color" in cli)
def sliding_mode(seq, k):
    window, counts, out = deque(), Counter(), []
    for v in seq:
        window.append(v)
        counts[v] += 1
        if len(window) > k:
            old = window.popleft()
            counts[old] -= 1
            if counts[old] == 0:
                del counts[old]
        if len(window) == k:
            out.append(max(sorted(counts), key=lambda x: counts[x]))
    return out
print(sliding_mode([1, 2, 2, 3, 3, 3, 1, 1, 1, 2], 3))
print(sliding_mode("aabbbcccca", 4))
