# types' names are the runtime's own type objects: isinstance dispatch, as a serializer or a
# debugging helper would use them.
import types
import sys
import functools


def describe(obj):
    checks = [
        ('function', types.FunctionType), ('lambda', types.LambdaType), ('method', types.MethodType),
        ('builtin', types.BuiltinFunctionType), ('generator', types.GeneratorType),
        ('coroutine', types.CoroutineType), ('asyncgen', types.AsyncGeneratorType),
        ('module', types.ModuleType), ('none', types.NoneType), ('code', types.CodeType),
        ('generic alias', types.GenericAlias), ('union', types.UnionType),
        ('ellipsis', types.EllipsisType), ('notimplemented', types.NotImplementedType),
        ('namespace', types.SimpleNamespace), ('mappingproxy', types.MappingProxyType),
    ]
    return [name for name, t in checks if isinstance(obj, t)]


class K:
    def meth(self):
        pass


def gen():
    yield


async def co():
    pass


async def agen():
    yield


c = co()
samples = [('def', describe), ('lambda', lambda: 1), ('bound', K().meth), ('len', len),
           ('gen', gen()), ('coro', c), ('agen', agen()), ('sys', sys), ('None', None),
           ('code', describe.__code__), ('list[int]', list[int]), ('int|str', int | str),
           ('...', ...), ('NotImplemented', NotImplemented), ('ns', types.SimpleNamespace(a=1)),
           ('proxy', types.MappingProxyType({})), ('partial', functools.partial(print)), ('K', K)]
for label, obj in samples:
    print(f'{label:15} {describe(obj)}')
c.close()
print(types.FunctionType is types.LambdaType, types.BuiltinFunctionType is types.BuiltinMethodType)
print(types.NoneType is type(None), types.EllipsisType.__name__, types.NotImplementedType.__name__)
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.CoroutineType.__name__,
      types.AsyncGeneratorType.__name__, types.ModuleType.__name__, types.CodeType.__name__,
      types.CellType.__name__, types.FrameType.__name__, types.TracebackType.__name__)
try:
    raise KeyError('k')
except KeyError as e:
    tb = e.__traceback__
    print(isinstance(tb, types.TracebackType), isinstance(tb.tb_frame, types.FrameType))


def outer():
    v = 1

    def inner():
        return v
    return inner


print([isinstance(cell, types.CellType) for cell in outer().__closure__], outer().__closure__[0].cell_contents)
mod = types.ModuleType('plugins')
print(mod, mod.__doc__, mod.__name__, sorted(k for k in vars(mod)))
mod.register = lambda f: f
print(hasattr(mod, 'register'), isinstance(mod, types.ModuleType))


class Counter:
    def __init__(self):
        self.n = 0


def bump(self, by=1):
    self.n += by
    return self.n


cnt = Counter()
cnt.bump = types.MethodType(bump, cnt)
print(cnt.bump(), cnt.bump(5), cnt.bump.__self__ is cnt, cnt.bump.__func__ is bump)
for bad in [(1, cnt), (bump, None), (bump,)]:
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print('TypeError:', e)
ns = types.SimpleNamespace(x=1, y=[1, 2])
ns.z = ns.x + 1
print(ns, sorted(vars(ns)), ns == types.SimpleNamespace(x=1, y=[1, 2], z=2), ns != types.SimpleNamespace())
print(types.SimpleNamespace(), repr(types.SimpleNamespace(**{'a b': 1})))
del ns.y
try:
    ns.y
except AttributeError as e:
    print('AttributeError:', e)
cfg = {'debug': True, 'level': 3}
view = types.MappingProxyType(cfg)
cfg['level'] = 4
print(view, view['level'], dict(view), view.copy(), list(view.items()), view == cfg, len(view))
print(view | {'x': 1}, {'y': 2} | view, list(reversed(view)))
try:
    view['a'] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    del view['debug']
except TypeError as e:
    print('TypeError:', e)
for bad in [5, [('a', 1)]]:
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print('TypeError:', e)
