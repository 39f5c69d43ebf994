# inspect.currentframe, stack, getframeinfo, getmembers, getdoc, cleandoc, getattr_static, getsource.
import inspect


def where():
    frame = inspect.currentframe()
    caller = frame.f_back
    info = inspect.getframeinfo(caller)
    return frame.f_code.co_name, caller.f_code.co_name, info.lineno, info.function, info.code_context, info.index


def outer():
    x = 41
    return where()


print(outer())


def log(msg):
    st = inspect.stack()
    print(f'[{st[1].function}:{st[1].lineno}] {msg}', st[0].function, st[0].code_context)
    print(st[1].frame.f_locals)


def handler(req):
    local_var = req * 2
    log('handling')


handler(3)

frame = inspect.currentframe()
print(frame.f_code.co_name, inspect.getframeinfo(frame).function, inspect.getlineno(frame))


class Animal:
    """An animal.

        Indented more.
    Back.
    """
    kind = 'generic'

    def speak(self):
        """Make a sound."""
        return '...'

    @property
    def legs(self):
        return 4


class Dog(Animal):
    def speak(self):
        return 'woof'

    def fetch(self):
        pass


print(repr(inspect.getdoc(Animal)))
print(repr(inspect.getdoc(Dog)))
print(repr(inspect.getdoc(Dog.speak)), repr(inspect.getdoc(Dog().speak)), repr(inspect.getdoc(Dog.fetch)))
print(repr(inspect.getdoc(Animal.speak)))
print(repr(inspect.cleandoc('''
    First line

      indented
    last
''')))
print(repr(inspect.cleandoc('  One\n\tTabbed\n  two  ')))
print([name for name, _ in inspect.getmembers(Dog) if not name.startswith('__')])
print([(n, v.__name__) for n, v in inspect.getmembers(Dog(), inspect.ismethod)])
print([n for n, v in inspect.getmembers([], inspect.isbuiltin) if not n.startswith('_')], [n for n, v in inspect.getmembers([], inspect.isroutine)][-4:])
print([n for n, v in inspect.getmembers(Dog, inspect.isfunction)])
d = Dog()
d.name = 'rex'
print(inspect.getattr_static(d, 'name'), type(inspect.getattr_static(d, 'legs')), inspect.getattr_static(Dog, 'kind'))
print(inspect.getattr_static(d, 'missing', 'dflt'))
try:
    inspect.getattr_static(d, 'missing')
except AttributeError as e:
    print('AttributeError', e)


class Meta:
    a = 1

    def __getattr__(self, name):
        return 'dynamic ' + name


m = Meta()
print(m.zz, inspect.getattr_static(m, 'a'), inspect.getattr_static(m, 'zz', None))
print(inspect.getmodule(Dog).__name__, inspect.getmodule(inspect.getdoc).__name__)
try:
    inspect.unwrap(5)
    print('unwrap non-wrapper ok')
except Exception as e:
    print(type(e).__name__)


class Loop:
    pass


a = Loop()
a.__wrapped__ = a
try:
    inspect.unwrap(a)
except ValueError as e:
    print('ValueError', str(e).split(' <')[0])
