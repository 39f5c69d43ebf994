from operator import itemgetter, attrgetter

data = [('red', 3, 1.5), ('blue', 1, 2.5), ('green', 3, 0.5), ('blue', 2, 9.0)]
print(sorted(data, key=itemgetter(1, 0)))
print(sorted(data, key=itemgetter(0, 2), reverse=True))
print(sorted(data, key=itemgetter(2))[0], min(data, key=itemgetter(1)))
inventory = {'apple': 3, 'banana': 1, 'cherry': 2}
print(sorted(inventory.items(), key=itemgetter(1)))
print(list(map(itemgetter(0, -1), data)))


class S:
    def __init__(self, n, g):
        self.name, self.grade = n, g

    def __repr__(self):
        return self.name


st = [S('x', 'B'), S('y', 'A'), S('z', 'B')]
print(sorted(st, key=attrgetter('grade', 'name')), sorted(st, key=attrgetter('name'), reverse=True))
