from dataclasses import dataclass, field, fields


@dataclass
class Animal:
    name: str
    sound: str = 'generic'

    def speak(self):
        return f'{self.name} says {self.sound}'


@dataclass
class Dog(Animal):
    sound: str = 'woof'
    tricks: list = field(default_factory=list)


@dataclass
class Puppy(Dog):
    age: int = 0
    name: str = 'pup'


d = Dog('rex')
print(d, d.speak())
print(Puppy(), Puppy('bo', 'yip', ['sit'], 1))
print([f.name for f in fields(Puppy)])
print([(f.name, f.default) for f in fields(Puppy) if f.name != 'tricks'])
print(isinstance(Puppy(), Animal), Puppy() == Dog('pup'))


class Mixin:
    def describe(self):
        return type(self).__name__ + ':' + ','.join(f.name for f in fields(self))


@dataclass
class Thing(Mixin):
    a: int
    b: int = 2


print(Thing(1).describe(), Thing(1))


class Plain(Thing):
    pass


print(Plain(5), Plain(5) == Thing(5), Plain(5) == Plain(5))


@dataclass
class WithInit:
    a: int

    def __init__(self, value):
        self.a = value * 10


print(WithInit(3))


@dataclass
class WithRepr:
    a: int

    def __repr__(self):
        return 'custom'


print(WithRepr(1), WithRepr(1) == WithRepr(1))


@dataclass
class Child(WithRepr):
    b: int = 0


print(Child(1, 2))
