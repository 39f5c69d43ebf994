# with statement and custom context managers
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Tracker("a") as v:
    print("inside", v)
with Tracker("b", suppress=True):
    print("raising")
    raise ValueError("swallowed")
print("after b")
try:
    with Tracker("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with Tracker("x") as x, Tracker("y") as y:
    print("both", x, y)
def early():
    with Tracker("ret"):
        return "returned"
print(early())
for i in range(3):
    with Tracker(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
with (Tracker("p1") as p1,
      Tracker("p2", True) as p2):
    print(p1, p2)
    1 / 0
print("end")
