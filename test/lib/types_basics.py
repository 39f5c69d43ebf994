import types, sys
print(types.FunctionType, types.MethodType, types.BuiltinFunctionType, types.GeneratorType, types.CoroutineType)
print(types.AsyncGeneratorType, types.ModuleType, types.NoneType, types.EllipsisType, types.NotImplementedType)
print(types.TracebackType, types.FrameType, types.CodeType, types.CellType, types.GenericAlias, types.UnionType)
print(types.MappingProxyType)
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x'), ns == types.SimpleNamespace(a=1))
ns.c = [ns]
print(ns)
del ns.c
print(vars(ns))
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
try: hash(ns)
except TypeError as e: print(e)
class N(types.SimpleNamespace): pass
print(N(z=3))
def f(x): return x
class A: pass
a = A()
m = types.MethodType(f, a)
print(m() is a, isinstance(m, types.MethodType), isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
mod = types.ModuleType('mymod', 'docs')
mod.x = 5
print(mod, mod.__name__, mod.__doc__, mod.x, isinstance(mod, types.ModuleType), isinstance(sys, types.ModuleType))
mp = types.MappingProxyType({'a': 1})
print(mp, mp['a'], len(mp), list(mp), 'a' in mp, mp.get('b', 2), type(mp).__name__)
try: mp['b'] = 2
except TypeError as e: print(e)
print(isinstance(None, types.NoneType), isinstance(list[int], types.GenericAlias), isinstance(int | None, types.UnionType))
C = types.new_class('C', (A,), {}, lambda ns: ns.update(v=7))
print(C, C.v, C.__mro__)
print(types.prepare_class('D', (A,)))
print(type(types.coroutine))
