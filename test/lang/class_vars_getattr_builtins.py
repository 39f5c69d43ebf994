# vars, getattr with default, hasattr, setattr, delattr on various objects
class Rec:
    kind = "record"
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
r = Rec(a=1, b="two", c=[3])
print(vars(r))
print(getattr(r, "a"), getattr(r, "kind"), getattr(r, "zz", None), getattr(r, "zz", 0))
try:
    getattr(r, "zz")
except AttributeError as e:
    print("AttributeError:", e)
for name in ["a", "kind", "zz", "__init__"]:
    print(name, hasattr(r, name))
setattr(r, "a", 100)
setattr(r, "with space", "odd but allowed")
print(r.a, getattr(r, "with space"))
delattr(r, "with space")
print(sorted(vars(r)))
try:
    delattr(r, "kind")
except AttributeError as e:
    print("AttributeError:", e)
fields = ["x", "y", "z"]
p = Rec()
for i, f in enumerate(fields):
    setattr(p, f, i * 1.5)
print([getattr(p, f) for f in fields])
print(getattr(5, "real"), getattr("s", "upper")(), hasattr([], "append"), hasattr(3, "append"))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
vars(r)["direct"] = True
print(r.direct)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
