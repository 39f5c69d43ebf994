from collections import OrderedDict
od = OrderedDict(a=1, b=2)
print(od.keys(), od.values(), od.items(), type(iter(od)).__name__, type(od.keys()).__name__, reversed(od).__class__.__name__)
for trial in ["add", "del", "move", "set", "pop"]:
    od = OrderedDict(a=1, b=2, c=3)
    try:
        for k in od:
            if trial == "add": od["z"] = 0
            elif trial == "del": del od["c"]
            elif trial == "move": od.move_to_end("a")
            elif trial == "set": od["b"] = 5
            elif trial == "pop": od.popitem()
        print(trial, "ok", od)
    except RuntimeError as e:
        print(trial, "RuntimeError", e)
od = OrderedDict(a=1, b=2, c=3)
try:
    for k, v in od.items():
        od.move_to_end(k)
except RuntimeError as e:
    print("items RuntimeError", e)
try:
    for v in od.values():
        od.clear()
except RuntimeError as e:
    print("values RuntimeError", e)
