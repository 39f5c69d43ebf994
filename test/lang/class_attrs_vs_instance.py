# Class attributes vs instance attributes, lookup and shadowing
class Config:
    debug = False
    level = 1
    names = ["shared"]
    def enable(self):
        self.debug = True
c1, c2 = Config(), Config()
c1.enable()
print(c1.debug, c2.debug, Config.debug, "debug" in vars(c1), "debug" in vars(c2))
Config.level = 5
print(c1.level, c2.level)
c2.level = 9
Config.level = 7
print(c1.level, c2.level, Config.level)
c1.names.append("c1")
c2.names = ["own"]
print(Config.names, c1.names, c2.names)
print(sorted(k for k in vars(Config) if not k.startswith("__")))
class Counter:
    total = 0
    def __init__(self):
        self.total += 1  # reads class attr, writes instance attr
        Counter.total += 10
a = Counter(); b = Counter()
print(a.total, b.total, Counter.total)
class Base:
    x = "base"
class Derived(Base):
    pass
d = Derived()
print(d.x, Derived.x)
Base.x = "changed"
print(d.x)
Derived.x = "derived"
print(d.x, Base.x)
del Derived.x
print(d.x)
def outside(self):
    return "added later: " + str(self.level)
Config.later = outside
print(c2.later(), c1.later())
print(type(c1).level, c1.__class__.__name__)
