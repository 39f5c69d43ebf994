# Keyword arguments to exception constructors: refused by BaseException.__init__ (with the
# class's name), accepted by an __init__ of the subclass's own, and ImportError's name= and path=.
class E(Exception):
    pass


class WithKw(ValueError):
    def __init__(self, msg, *, code=0):
        super().__init__(msg)
        self.code = code


for make in (lambda: E(1, a=2), lambda: Exception(a=1), lambda: KeyError('k', extra=True)):
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)

w = WithKw('bad', code=7)
print(repr(w), w.code, w.args)

e = ImportError('no module', name='pkg', path='/lib/pkg.py')
print(e.name, e.path, e.msg, e.args)
e = ImportError()
print(e.name, e.path, e.msg, e.args)
e.name = 'changed'
print(e.name)
try:
    ImportError('m', foo=1)
except TypeError as e:
    print('TypeError:', e)
m = ModuleNotFoundError("No module named 'zzz'", name='zzz')
print(m.name, m.msg, isinstance(m, ImportError))
