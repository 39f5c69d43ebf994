from contextlib import contextmanager


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def yields_again_after_throw():
    try:
        yield
    except ValueError:
        yield


@contextmanager
def plain():
    yield 'p'


for label, make in [('no_yield', no_yield), ('two_yields', two_yields)]:
    try:
        with make() as v:
            print(label, 'body', v)
    except RuntimeError as e:
        print(label, 'RuntimeError:', e)

try:
    with yields_again_after_throw():
        raise ValueError('x')
except RuntimeError as e:
    print('RuntimeError:', e)

try:
    with plain():
        raise StopIteration('inner')
except StopIteration as e:
    print('StopIteration propagated', e)

try:
    with plain():
        raise RuntimeError('rt')
except RuntimeError as e:
    print('RuntimeError propagated', e)

cm = plain()
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__)


@contextmanager
def cleanup_raises():
    try:
        yield
    finally:
        raise KeyError('from cleanup')


try:
    with cleanup_raises():
        raise ValueError('body')
except KeyError as e:
    print('KeyError', e, 'context:', repr(e.__context__))
try:
    with cleanup_raises():
        pass
except KeyError as e:
    print('KeyError', e)
with plain() as v:
    print(v)
