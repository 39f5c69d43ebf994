from functools import cached_property


class Data:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.values)

    @cached_property
    def doubled(self):
        "twice the values"
        return [v * 2 for v in self.values]


d = Data([1, 2, 3])
print(d.total, d.total, d.computed)
print('total' in vars(d))
d.values.append(10)
print(d.total)
del d.total
print(d.total, d.computed)
d.total = 'overridden'
print(d.total)
print(d.doubled, Data.doubled.__doc__, type(Data.total).__name__)
e = Data([5])
print(e.total, e.computed, d.computed)
print(Data.total.attrname)
