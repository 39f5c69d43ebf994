# Generators: send/throw/close sequencing, return values, StopIteration conversion, yield from, closures over loop variables.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def gen():
    try:
        x = yield 1
        print('got', x)
        y = yield x * 2
        print('got', y)
    except ValueError as e:
        print('caught', e)
        yield 'recovered'
    finally:
        print('finally')
g = gen(); print(next(g)); print(g.send(5)); print(g.throw(ValueError('boom'))); t(lambda: next(g))
g = gen(); next(g); g.close(); t(lambda: next(g))
g = gen(); t(lambda: g.send(1))
def sub():
    r = yield 'a'
    yield r
    return 'subret'
def outer():
    v = yield from sub()
    print('v=', v)
    yield from [10, 20]
    return 'done'
g = outer(); print(next(g), g.send('S'), next(g), next(g)); t(lambda: next(g))
def retgen():
    yield 1
    return 99
g = retgen(); next(g)
try:
    next(g)
except StopIteration as e:
    print('stop', e.value, e.args)
def bad():
    yield 1
    raise StopIteration('x')
t(lambda: list(bad()))
def closer():
    try:
        yield 1
    except GeneratorExit:
        print('exit seen')
        yield 2
g = closer(); next(g); t(g.close)
g = (x * x for x in range(3)); print(next(g), list(g), list(g))
t(lambda: g.gi_running)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); c(); print(c(), c.__closure__[0].cell_contents)
fs = [lambda: i for i in range(3)]; print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]; print([f() for f in fs])
def running():
    me = yield
