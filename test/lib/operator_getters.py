from operator import itemgetter, attrgetter, methodcaller


class P:
    def __init__(self, name, age, city):
        self.name = name
        self.age = age
        self.loc = Loc(city)

    def greet(self, greeting, punct='!'):
        return f'{greeting}, {self.name}{punct}'


class Loc:
    def __init__(self, city):
        self.city = city


people = [P('ann', 30, 'oslo'), P('bob', 25, 'rome'), P('cy', 35, 'lima')]
print([p.name for p in sorted(people, key=attrgetter('age'))])
print(attrgetter('name', 'age')(people[0]), attrgetter('loc.city')(people[1]))
print(attrgetter('loc.city', 'name')(people[2]))
print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 'v'}))
print(itemgetter(slice(1, 3))([1, 2, 3, 4]))
rows = [('x', 3), ('y', 1), ('z', 2)]
print(sorted(rows, key=itemgetter(1)), max(rows, key=itemgetter(1)))
print(list(map(itemgetter(0), rows)))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b,c'))
print(methodcaller('greet', 'hello')(people[0]), methodcaller('greet', 'hey', punct='?')(people[1]))
print(repr(itemgetter(1)), repr(itemgetter(1, 'a')), repr(attrgetter('a.b', 'c')))
print(repr(methodcaller('f', 1, k=2)))
try:
    attrgetter('missing')(people[0])
except AttributeError as e:
    print('AttributeError', e)
try:
    itemgetter(5)([1])
except IndexError as e:
    print('IndexError', e)
try:
    attrgetter(1)
except TypeError as e:
    print('TypeError', e)
