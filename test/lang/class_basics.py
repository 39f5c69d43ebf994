# Classes: attributes, methods, class vs instance attributes
class Dog:
    species = "canis"
    count = 0
    tricks = []  # shared mutable class attribute

    def __init__(self, name):
        self.name = name
        self.own_tricks = []
        Dog.count += 1

    def add_trick(self, t):
        self.tricks.append(t)
        self.own_tricks.append(t)

    def describe(self):
        return f"{self.name} ({self.species})"

a = Dog("rex")
b = Dog("fido")
a.add_trick("sit")
b.add_trick("roll")
print(a.describe(), b.describe(), Dog.count)
print(a.tricks, b.own_tricks, a.tricks is b.tricks)
a.species = "wolf"
print(a.describe(), b.describe(), Dog.species)
del a.species
print(a.describe())
Dog.species = "dog"
print(b.describe(), sorted(vars(a)))
print(type(a).__name__, type(a) is Dog, isinstance(a, Dog), Dog.__name__)
m = a.describe
print(m(), Dog.describe(b))
print(hasattr(a, "name"), hasattr(a, "nope"), getattr(a, "nope", "fallback"))
setattr(a, "age", 3)
print(a.age, getattr(a, "age"))
delattr(a, "age")
print(hasattr(a, "age"))
class Empty:
    pass
e = Empty()
e.x = 1
print(vars(e), Empty.__name__, Empty.__qualname__)
print(Dog.__doc__, Dog.__module__)
