# collections.Counter: most_common and arithmetic
from collections import Counter
c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c["a"], c["z"])
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(3))
print(sorted(wc.elements()))
c1 = Counter(a=3, b=1, c=2)
c2 = Counter(a=1, b=4, d=1)
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2)
c1.update("aab")
print(c1)
c1.subtract({"a": 10})
print(c1, +c1, -c1)
print(sum(c2.values()), c2.total(), len(c2))
print(Counter([1, 1, 2, 3, 3, 3]).most_common(1)[0], Counter() == Counter())
inv = Counter({"apple": 3, "pear": 0})
inv["pear"] += 2
inv["plum"] -= 1
print(inv, list(inv), dict(inv))
del inv["plum"]
print(inv, "plum" in inv)
