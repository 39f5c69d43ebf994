import sys
def f1():
    try:
        return 'try'
    finally:
        return 'finally'
def f2():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return 'done'
def f3():
    while True:
        try:
            1 / 0
        finally:
            break
    return 'broke'
def f4():
    try:
        try:
            raise KeyError('a')
        finally:
            raise TypeError('b')
    except TypeError as e:
        return repr(e), repr(e.__context__), e.__suppress_context__
print(f1(), f2(), f3(), f4())
try:
    try:
        raise ValueError('inner')
    except ValueError as e:
        raise RuntimeError('outer') from e
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise ValueError('inner')
    except ValueError:
        raise RuntimeError('outer') from None
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
e = ValueError('x')
e.__cause__ = KeyError('c')
print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as ex:
    print(ex)
try:
    e.__context__ = 'x'
except TypeError as ex:
    print(ex)
try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as g:
    print('V', repr(g))
except* TypeError as g:
    print('T', repr(g))
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), OSError(2)])
    except* ValueError:
        print('handled V')
except ExceptionGroup as g:
    print('left', repr(g))
try:
    try:
        raise ValueError('naked')
    except* ValueError as g:
        print('naked', repr(g), repr(g.exceptions[0]))
except Exception as x:
    print(repr(x))
try:
    try:
        raise TypeError('t')
    except* ValueError:
        pass
except TypeError as x:
    print('passthrough', repr(x))
eg = ExceptionGroup('m', [ValueError('a'), ExceptionGroup('n', [TypeError('b'), ValueError('c')])])
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda x: isinstance(x, TypeError))))
print(eg.subgroup(OSError))
e = ValueError('v')
e.add_note('n1')
e.add_note('n2')
print(e.__notes__)
try:
    e.add_note(1)
except TypeError as ex:
    print(ex)
class MyErr(Exception):
    def __str__(self): return 'custom: ' + ','.join(map(str, self.args))
print(str(MyErr(1, 2)), repr(MyErr(1, 2)), MyErr().args)
class E2(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
print(repr(E2(1, 2)), str(E2(1, 2)), E2(1, 2).args)
try:
    assert 1 > 2, 'math broke'
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert []
except AssertionError as e:
    print(repr(e), e.args)
print(repr(KeyError()), str(KeyError('a')), str(KeyError('a', 'b')), str(KeyError(1)), repr(OSError(1, 'x', 'f')), str(OSError(1, 'x', 'f')))
print(repr(StopIteration()), StopIteration(1, 2).value, repr(SystemExit()), SystemExit(1, 2).code, repr(BaseException()))
print(isinstance(ExceptionGroup('x', [ValueError()]), Exception), issubclass(BaseExceptionGroup, BaseException))
try:
    ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as ex:
    print(ex)
try:
    BaseExceptionGroup('x', ValueError())
except TypeError as ex:
    print(ex)
try:
    ExceptionGroup(1, [ValueError()])
except TypeError as ex:
    print(ex)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
g = gen()
next(g)
g.close()
print(g.gi_frame)
def gen2():
    try:
        yield 1
    except GeneratorExit:
        yield 'bad'
g = gen2(); next(g)
try:
    g.close()
except RuntimeError as ex:
    print(ex)
def gen3():
    yield 1
    return 'ret'
g = gen3(); next(g)
try:
    next(g)
except StopIteration as ex:
    print(ex.value, repr(ex))
def gen4():
    x = yield
    raise StopIteration('inside')
g = gen4(); next(g)
try:
    g.send(1)
except RuntimeError as ex:
    print(ex, repr(ex.__cause__))
def deleg():
    r = yield from gen3()
    yield r
print(list(deleg()))
g = gen(); next(g)
try:
    g.throw(ValueError('thrown'))
except ValueError as ex:
    print('thrown out', ex)
print(next(g, 'exhausted'))
try:
    g.throw(ValueError, ValueError('x'), None)
except ValueError as ex:
    print('3arg', ex)
