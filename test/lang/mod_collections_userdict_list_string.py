# collections.UserDict / UserList / UserString subclasses.
from collections import UserDict, UserList, UserString
import copy

class LowerDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __missing__(self, k):
        return f"missing:{k}"

d = LowerDict({"A": 1}, B=2)
d["C"] = 3
print(d, d["a"], d["zz"], "b" in d, len(d), list(d), d.get("q", 0), d | {"x": 9}, {"y": 0} | d)
d2 = d.copy(); d2["D"] = 4
print(type(d2).__name__, d2, d, copy.copy(d) == d, dict(d))

class Stack(UserList):
    def push(self, v): self.append(v)
l = Stack([3, 1, 2])
l.push(5); l.sort(); l.reverse()
print(l, l[1:3], type(l[1:3]).__name__, l + [0], [9] + l, l * 2, 3 in l, l.index(2), l.count(1), len(l), l == [5, 3, 2, 1])
l.extend(range(2)); l.insert(0, -1); l.remove(1); print(l.pop(), l, sorted(l), l < [0], l.copy())

class Shout(UserString):
    def shout(self): return self.upper() + "!"
s = Shout("hello world")
print(s, repr(s), s.shout(), s[1:4], type(s[1:4]).__name__, s.split(), s.replace("l", "L", 1), s + "?", "x" + s, s * 2, len(s), "ell" in s, s.find("o"), s.title(), s < "z", hash(s) == hash("hello world"), s.encode(), s.count("l"), s.startswith("he"))
print(UserDict[str, int], UserList[int])
