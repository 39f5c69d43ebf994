# __repr__ and __str__
class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Both({self.v!r})"
    def __str__(self):
        return f"<{self.v}>"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "str-only"
b = Both("x")
print(b, str(b), repr(b), [b], (b,), {"k": b})
print(f"{b} {b!r} {b!s}", "%s %r" % (b, b), "{} {!r}".format(b, b))
r = ReprOnly()
print(r, str(r), [r])
s = StrOnly()
print(s, repr(s).startswith("<__main__.StrOnly object at"))
class Node:
    def __init__(self, val, children=()):
        self.val, self.children = val, list(children)
    def __repr__(self):
        if not self.children:
            return f"Node({self.val})"
        return f"Node({self.val}, {self.children!r})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
print(str(tree) == repr(tree))
class Sub(Both):
    def __str__(self):
        return "sub:" + super().__str__()
print(Sub(3), repr(Sub(3)))
print(repr(object).startswith("<class"), repr(Both), str(int))
