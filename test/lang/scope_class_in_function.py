# Classes defined inside functions, closures over function locals, class factories
def make_class(prefix, start):
    counter = [start]
    class Widget:
        kind = prefix + "-widget"
        def __init__(self):
            counter[0] += 1
            self.id = f"{prefix}{counter[0]}"
        def __repr__(self):
            return f"{type(self).__name__}({self.id})"
        @classmethod
        def created(cls):
            return counter[0] - start
    return Widget
A = make_class("a", 0)
B = make_class("b", 100)
print([A(), A(), B()], A.kind, B.kind, A.created(), B.created())
print(A is B, A.__name__, A.__qualname__)
def outer():
    value = "outer value"
    class Inner:
        def get(self):
            return value
    value = "changed after class creation"
    return Inner().get()
print(outer())
def methods_capture_loop():
    classes = []
    for i in range(3):
        class C:
            n = i
            def get(self, i=i):
                return (self.n, i)
        classes.append(C)
    return [c().get() for c in classes]
print(methods_capture_loop())
def counter_class():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return Counter
Ctr = counter_class()
c1, c2 = Ctr(), Ctr()
print(c1.inc(), c2.inc(), c1.inc())
