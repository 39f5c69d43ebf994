import copy, string

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        res = '-> ' + repr(r)
    except Exception as e:
        res = '!! ' + type(e).__name__ + ': ' + str(e)
    print(label, res)

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation, len(string.printable))
show('capwords', string.capwords, 'hello   world  foo'); show('capwords', string.capwords, 'a-b c-d', '-'); show('capwords', string.capwords, 5)
T = string.Template('$who likes ${what} $$ $')
show('substitute', T.substitute, who='tim', what='kung'); show('safe_substitute', T.safe_substitute, who='tim')
show('substitute', T.substitute, {'who': 1}); show('substitute', string.Template('$x $y').substitute, {'x': 1}, y=2)
show('substitute', string.Template('${bad').substitute); show('substitute', string.Template('$1').substitute); show('safe', string.Template('${bad $1').safe_substitute)
print(T.template, string.Template.delimiter, T.get_identifiers() if hasattr(T, 'get_identifiers') else '', T.is_valid() if hasattr(T, 'is_valid') else '')
class MyT(string.Template):
    delimiter = '%'
print(MyT('%a and %{b}').substitute(a=1, b=2))
F = string.Formatter()
show('format', F.format, '{0} {x:>4}', 'a', x=5); show('vformat', F.vformat, '{} {}', (1, 2), {}); show('parse', lambda: list(F.parse('a{0!r:>3}b{{c}}')))
show('format', F.format, '{0.real} {1[0]}', 3, [9]); show('format', F.format, '{'); show('format', F.format, '{} {1}', 1, 2)
class D: pass
o = D(); o.l = [1, [2]]; o.d = {'a': {'b': 1}}
c1 = copy.copy(o); c2 = copy.deepcopy(o)
print(c1.l is o.l, c2.l is o.l, c2.l[1] is o.l[1], c2.d == o.d, c2.d['a'] is o.d['a'])
x = [1]; x.append(x); y = copy.deepcopy(x); print(y[1] is y, y is not x)
show('copy', copy.copy, (1, [2])); t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t)[1] is t[1])
class S:
    def __init__(self): self.v = 1
    def __copy__(self): print('__copy__'); return 'copied'
    def __deepcopy__(self, memo): print('__deepcopy__', type(memo).__name__); return 'deep'
print(copy.copy(S()), copy.deepcopy(S()), copy.deepcopy([S(), S()]))
class Slots:
    __slots__ = ('a', 'b')
sl = Slots(); sl.a = [1]; s2 = copy.deepcopy(sl); print(s2.a, s2.a is sl.a, hasattr(s2, 'b'))
class R:
    def __reduce_ex__(self, proto): return (R, ())
print(type(copy.copy(R())).__name__, copy.Error, copy.error)
import functools
print(copy.deepcopy(functools.partial(max, 1))(2), copy.copy(len) is len, copy.deepcopy(D) is D, copy.deepcopy(range(3)))
