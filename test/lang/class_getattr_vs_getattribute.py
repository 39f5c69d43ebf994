# __getattr__ runs only after normal lookup fails, including AttributeError raised by a property or __getattribute__.
class GA:
    x = 1

    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(f'no {name}')


g = GA()
print(g.x, g.dyn_hello, getattr(g, 'nope', 'dflt'), hasattr(g, 'nope'))
try:
    g.nope
except AttributeError as e:
    print('AttributeError', e)


class Prop:
    @property
    def p(self):
        raise AttributeError('inner')

    @property
    def q(self):
        raise KeyError('not attribute')

    def __getattr__(self, name):
        return 'fallback ' + name


pr = Prop()
print(pr.p, pr.other)
try:
    pr.q
except KeyError as e:
    print('KeyError', e)


class GAT:
    def __init__(self):
        self.real = 1

    def __getattribute__(self, name):
        if name == 'magic':
            return 42
        if name == 'hidden':
            raise AttributeError('hidden')
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return 'ga ' + name


ga = GAT()
print(ga.magic, ga.real, ga.hidden, ga.missing, object.__getattribute__(ga, 'real'))


class Counting:
    def __init__(self):
        object.__setattr__(self, 'log', [])

    def __getattribute__(self, name):
        object.__getattribute__(self, 'log').append(name)
        return object.__getattribute__(self, name)


c = Counting()
c.log
try:
    c.absent
except AttributeError as e:
    print('AttributeError', e)
print(c.log, getattr(c, 'zzz', 'd'), c.log)
try:
    object.__getattribute__(ga, 'nothing')
except AttributeError as e:
    print('AttributeError', e)
