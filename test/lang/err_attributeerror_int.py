# Ends with: AttributeError: 'int' object has no attribute 'foo'
class Thing:
    def __init__(self):
        self.foo = "thing foo"
objs = [Thing(), Thing()]
for o in objs:
    print(o.foo)
n = 42
print(n.bit_length(), n.real, n.numerator)
print(getattr(n, "foo", "no foo on int"))
values = objs + [n]
for v in values:
    print(type(v).__name__, v.foo)
