import sys
print(sys.exc_info())
try:
    raise ValueError('x')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), tb is not None, tb.tb_lineno)
    print(repr(sys.exception()))
    try:
        raise KeyError('inner')
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())

def handler():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[1]
print(repr(handler()), sys.exc_info()[0])

class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else t, tb is not None and tb.tb_frame.f_code.co_name)
        return True
with CM():
    raise RuntimeError('in with')
def inner_with():
    with CM():
        raise RuntimeError('in with')
inner_with()
