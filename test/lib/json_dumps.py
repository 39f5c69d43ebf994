# json.dumps: indentation, separators, sort_keys, ensure_ascii, floats, keys, default, errors.
import json
import enum
import math
from collections import OrderedDict, namedtuple
from dataclasses import dataclass, asdict

data = {'name': 'Ada', 'age': 36, 'langs': ['en', 'fr'], 'active': True, 'score': 9.5,
        'none': None, 'nested': {'a': [1, 2, {'b': []}], 'c': {}}, 'tuple': (1, 2)}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, indent=4, separators=(',', ' = ')))
print(json.dumps([]), json.dumps({}), json.dumps([[]], indent=2), json.dumps({'a': {}}, indent=2))
print(json.dumps('héllo wörld ✓ 😀 \x00\x1f\x7f "q" \\ /'))
print(json.dumps('héllo wörld ✓ 😀 \x00\x1f\x7f "q" \\ /', ensure_ascii=False))
print(json.dumps({'ключ': 'значение'}, ensure_ascii=False), json.dumps({'ключ': 'значение'}))
for f in [0.1, 1.0, -0.0, 1e16, 1.5e-10, 123456789.123456789, 2 ** 0.5, 1e300 * 10, -math.inf, math.nan, 3.0e22, 1/3]:
    print(json.dumps(f), end=' ')
print()
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none', False: 'f'}))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))
print(json.dumps({(1, 2): 'x', 'ok': 1}, skipkeys=True))
print(json.dumps([10 ** 30, -5, True, False, None]))


class Color(enum.Enum):
    RED = 'red'


class Level(enum.IntEnum):
    LOW = 1


print(json.dumps([Level.LOW, {Level.LOW: 'low'}]))
try:
    json.dumps(Color.RED)
except TypeError as e:
    print('TypeError:', e)

Point = namedtuple('Point', 'x y')
print(json.dumps(Point(1, 2)), json.dumps(OrderedDict([('z', 1), ('a', 2)])))


@dataclass
class User:
    name: str
    tags: list


print(json.dumps(User('bo', ['x']), default=asdict))
print(json.dumps({'when': {1, 2, 3}}, default=sorted))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, User):
            return {'__user__': o.name}
        return super().default(o)


print(json.dumps({'s': {3, 1}, 'u': User('x', [])}, cls=SetEncoder, sort_keys=True))
print(SetEncoder(indent=1).encode([frozenset([2, 1])]))
print(list(json.JSONEncoder().iterencode({'a': [1, 2]})))
print(list(json.JSONEncoder(indent=2).iterencode({'a': [1, 2]})))
for bad in [object(), {'x': object()}, [1, {2, 3}]]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError:', e)
for ind in [None, 2]:
    try:
        json.dumps([1.0, math.inf], allow_nan=False, indent=ind)
    except ValueError as e:
        print('ValueError:', e)
loop = {'a': []}
loop['a'].append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError:', e)


class Node:
    def __init__(self):
        self.me = self


try:
    json.dumps(Node(), default=lambda o: o.__dict__)
except ValueError as e:
    print('ValueError:', e)
try:
    json.dumps({'b': 1, 2: 'a'}, sort_keys=True)
except TypeError as e:
    print('TypeError:', e)
print(json.dumps('just a string'), json.dumps(None), json.dumps(3), json.dumps(True))
print(json.dumps(data, indent=2, sort_keys=True) == json.dumps(data, sort_keys=True, indent=2))
