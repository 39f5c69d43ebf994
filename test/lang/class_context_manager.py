# __enter__/__exit__ classes: resource tracking and exception info
class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened.append(self.name)
        print("open", self.name, Resource.opened)
        return self
    def __exit__(self, et, ev, tb):
        Resource.opened.remove(self.name)
        print("close", self.name, "exc:", et.__name__ if et else None)
        return False
with Resource("a") as a, Resource("b") as b:
    print("using", a.name, b.name)
print(Resource.opened)
try:
    with Resource("c"):
        with Resource("d"):
            raise ValueError("inner failure")
except ValueError as e:
    print("outer caught", e, Resource.opened)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return None
with Suppress(KeyError, IndexError) as nothing:
    print("nothing is", nothing)
    [][1]
    print("unreachable")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed: ZeroDivisionError")
class ReplacesError:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("from __exit__")
try:
    with ReplacesError():
        raise ValueError("orig")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
