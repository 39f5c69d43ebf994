import operator, collections
objs = {"list": iter([1, 2, 3]), "tuple": iter((1, 2)), "range": iter(range(5)), "longrange": iter(range(2**70, 2**70 + 3)), "str": iter("abcd"), "ustr": iter("é😀"),
        "bytes": iter(b"xyz"), "bytearray": iter(bytearray(b"xy")), "dict": iter({1: 2, 3: 4}), "dvals": iter({1: 2}.values()), "ditems": iter({1: 2}.items()),
        "set": iter({1, 2, 3}), "frozenset": iter(frozenset({1})), "reversed_list": reversed([1, 2]), "reversed_range": reversed(range(4)), "reversed_dict": reversed({1: 1, 2: 2}),
        "deque": iter(collections.deque([1, 2])), "rdeque": reversed(collections.deque([1])), "enumerate": enumerate([1]), "map": map(str, [1]), "zip": zip([1]),
        "gen": (x for x in [1]), "reversed_str": reversed("ab"), "reversed_tuple": reversed((1, 2, 3)), "odict": iter(collections.OrderedDict(a=1))}
for k, it in objs.items():
    h = getattr(it, "__length_hint__", None)
    print(k, type(it).__name__, h() if h else "-", operator.length_hint(it, -1))
it = iter([1, 2, 3]); next(it); print(it.__length_hint__())
d = {1: 2}; it = iter(d); print(it.__length_hint__()); next(it); print(it.__length_hint__())
