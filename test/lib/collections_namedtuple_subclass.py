from collections import namedtuple


class Vec(namedtuple('Vec', 'x y')):
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f'<{self.x},{self.y}>'


a = Vec(1, 2)
b = Vec(y=10, x=20)
print(a + b, (a + b).norm2(), a, repr(b))
print(isinstance(a, tuple), type(a).__name__, a._fields)
print(a._replace(x=9), type(a._replace(x=9)).__name__)
Emp = namedtuple('Emp', 'name dept salary')
staff = [Emp('ann', 'eng', 120), Emp('bob', 'ops', 90), Emp('cy', 'eng', 100)]
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
print(max(staff, key=lambda e: e.salary))
print(sorted(staff, key=lambda e: (e.dept, -e.salary)))
print([e._asdict() for e in staff[:1]])
Single = namedtuple('Single', 'only')
print(Single(5), Single.__doc__, Single._make('z'))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))
d = {Emp('x', 'y', 1): 'hashable'}
print(d[('x', 'y', 1)])
