# json.loads/load: values, hooks, parse_* callbacks, strict, errors with CPython's positions.
import json
import sys
from collections import OrderedDict

doc = '''
{
  "users": [
    {"id": 1, "name": "Ann", "tags": ["a", "b"], "ratio": 0.25, "ok": true},
    {"id": 2, "name": "Bob\\u00e9 \\ud83d\\ude00 \\"q\\" \\\\ \\/", "tags": [], "ratio": -1.5e3, "ok": false, "x": null}
  ],
  "count": 2, "big": 123456789012345678901234567890, "exp": 1E-2, "neg": -0
}
'''
obj = json.loads(doc)
print(obj)
print(obj['users'][1]['name'], type(obj['big']).__name__, obj['exp'])
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads(' "text" '), json.loads('3'), json.loads('3.0'), json.loads('null'), json.loads(b'[1, "b"]'))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": [{"c": 2}]}', object_pairs_hook=list))


def as_point(d):
    if set(d) == {'x', 'y'}:
        return ('point', d['x'], d['y'])
    return d


print(json.loads('{"pts": [{"x": 1, "y": 2}, {"x": 3, "y": 4, "z": 5}]}', object_hook=as_point))
print(json.loads('[1.5, 2, 3.25e1]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: 'C' + s))
print(json.loads('"tab\there"', strict=False), repr(json.loads('"a\\tb\\nc"')))
print(json.JSONDecoder().raw_decode('{"a": 1} trailing'))
print(json.JSONDecoder().raw_decode('[1, 2]xyz', 0))
cases = ['', '   ', '{"a": 1,}', '[1, 2,]', '{"a" 1}', "{'a': 1}", '[1 2]', '{"a": 1 "b": 2}',
         '"unterminated', '"bad \\q escape"', '"\\u12G4"', '"line\nbreak"', '[1] [2]',
         '{\n  "a": 1,\n  "b": ,\n}', '\n\n  [1,\n   2,,\n  ]', 'True', "None", '01', '1.', '-', '.5', '[-]',
         '\ufeff{}', '{"a":1}}']
for text in cases:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(repr(text), '->', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, isinstance(e, ValueError))
for bad in [None, 12, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError:', e)


class Buffer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def read(self):
        return ''.join(self.parts)


buf = Buffer()
json.dump({'k': [1, 2.5, None], 'z': 'é'}, buf)
print(buf.parts)
print(json.load(buf))
buf2 = Buffer()
json.dump([{'a': 1}], buf2, indent=2, sort_keys=True)
print(len(buf2.parts), buf2.read())
print(json.load(buf2, object_hook=lambda d: sorted(d.items())))
json.dump({'to': 'stdout', 'n': [1, 2]}, sys.stdout, indent=1)
print()
json.dump('x', sys.stdout)
print()
roundtrip = {'s': 'ü\n\t"', 'l': [1, [2, [3, {}]]], 'f': 0.1 + 0.2, 'i': -7, 'b': False}
print(json.loads(json.dumps(roundtrip)) == roundtrip, json.loads(json.dumps(roundtrip, ensure_ascii=False, indent=3)) == roundtrip)
err = json.JSONDecodeError('Boom', 'ab\ncd', 4)
print(err, err.lineno, err.colno, type(err).__module__, type(err).__name__)
