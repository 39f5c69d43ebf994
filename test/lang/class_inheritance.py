# Inheritance, overriding, super()
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return f"{self.name} says {self.speak()}"

class Dog(Animal):
    def speak(self):
        return "woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!" * self.age

class Cat(Animal):
    pass

for a in [Animal("generic"), Dog("rex"), Puppy("bit", 3), Cat("tom")]:
    print(a.intro(), type(a).__name__)
p = Puppy("x", 1)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Dog, Puppy), issubclass(Dog, Dog))
print(isinstance(p, (Cat, Dog)), issubclass(Cat, (Dog, Animal)))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__)
print(Dog.speak(p), Animal.speak(p), super(Puppy, p).speak())
class Base:
    def __init__(self):
        self.log = ["base"]
class Child(Base):
    def __init__(self):
        self.log = ["child-first"]
        super().__init__()
        self.log.append("child-after")
print(Child().log)
print(issubclass(bool, int), isinstance(True, (str, int)), issubclass(int, object))
print([k.__name__ for k in type.mro(bool)])
