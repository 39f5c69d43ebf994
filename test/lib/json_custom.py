# json with subclasses of builtins, custom encoders/decoders, and an event log round trip.
import json
from collections import defaultdict, Counter, OrderedDict
from dataclasses import dataclass, field, asdict
from enum import Enum


class Tagged(dict):
    pass


class Items(list):
    pass


class Name(str):
    def __str__(self):
        return 'NAME'


class Money(float):
    def __repr__(self):
        return 'Money!'


class Count(int):
    def __repr__(self):
        return 'Count!'


print(json.dumps(Tagged(a=Items([1, 2]), b=Name('n'))), json.dumps([Money(2.5), Count(3)]))
print(json.dumps({Count(7): Money(1.25), Name('k'): 1}))
print(json.dumps(defaultdict(list, {'x': [1]})), json.dumps(Counter('aab')), json.dumps(OrderedDict(b=1, a=2), indent=1))


class Status(Enum):
    OK = 'ok'
    FAIL = 'fail'


@dataclass
class Event:
    kind: str
    status: Status
    data: dict = field(default_factory=dict)


class EventEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Event):
            d = asdict(o)
            d['__event__'] = True
            return d
        if isinstance(o, Enum):
            return o.value
        return super().default(o)


def event_hook(d):
    if d.pop('__event__', False):
        return Event(d['kind'], Status(d['status']), d['data'])
    return d


log = [Event('start', Status.OK), Event('step', Status.FAIL, {'n': 1, 'why': 'timeout'})]
text = json.dumps(log, cls=EventEncoder, indent=2)
print(text)
back = json.loads(text, object_hook=event_hook)
print(back)
print(back == log)


class CompactEncoder(json.JSONEncoder):
    item_separator = ','
    key_separator = ':'


print(CompactEncoder().encode({'a': [1, 2], 'b': None}), CompactEncoder(sort_keys=True).encode({'b': 1, 'a': 2}))


class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print(json.dumps({'k': 'v'}, cls=Upper))


class Strict(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_pairs_hook=self.no_dupes, **kw)

    @staticmethod
    def no_dupes(pairs):
        keys = [k for k, _ in pairs]
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        if dupes:
            raise ValueError(f'duplicate keys: {dupes}')
        return dict(pairs)


print(json.loads('{"a": 1, "b": {"c": 2}}', cls=Strict))
try:
    json.loads('{"a": 1, "b": 2, "a": 3}', cls=Strict)
except ValueError as e:
    print('ValueError:', e)
deep = json.loads('[' * 50 + ']' * 50)
depth = 0
while deep:
    deep = deep[0]
    depth += 1
print('depth', depth)
nums = json.loads('[0, -0, 0.0, -0.0, 1e5, 1E+5, 12.5e-1, 9007199254740993, 1.7976931348623157e308, 5e-324]')
print(nums, [type(n).__name__ for n in nums])
print(json.dumps(nums))
try:
    json.dumps({'a': 1}, cls=Upper, indent=2, bogus=1)
except TypeError as e:
    print('TypeError:', e)
