# dir() uses a class's own __dir__ (sorted) and a module's namespace.
import types
import inspect


class D:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']


class E:
    x = 1

    def __dir__(self):
        return iter(('b', 'a'))


print(dir(D()), dir(E()), 'x' in dir(E))
m = types.ModuleType('plugin', 'A plugin.')
m.run = lambda: None
m.VERSION = 2
print(dir(m))
m.__dir__ = lambda: ['VERSION']
print(dir(m))
helpers = types.ModuleType('helpers')


def first():
    pass


async def second():
    pass


helpers.first = first
helpers.second = second
print([(n, f.__name__) for n, f in inspect.getmembers(helpers, inspect.isfunction)])
print([n for n, _ in inspect.getmembers(helpers, inspect.iscoroutinefunction)])
