# Ends with: KeyError: 'missing' propagating through a context manager that does not suppress
class Section:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("begin", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("end", self.name, "with", et.__name__ if et else "no error")
        return False
data = {"present": 1}
with Section("outer"):
    with Section("inner"):
        print(data["present"])
    with Section("failing"):
        print(data["missing"])
