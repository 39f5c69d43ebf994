from contextlib import ExitStack


def raiser(exc):
    def cb(*args):
        raise exc
    return cb


def suppressor(*args):
    print('suppressor saw', repr(args[1]))
    return True


def chain(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return out


try:
    with ExitStack() as st:
        st.callback(raiser(KeyError('first cb')))
        st.callback(raiser(IndexError('second cb')))
        raise ValueError('body')
except Exception as e:
    print(type(e).__name__, chain(e))

with ExitStack() as st:
    st.push(suppressor)
    st.callback(raiser(TypeError('suppressed later')))
print('suppressed')

try:
    with ExitStack() as st:
        st.callback(raiser(RuntimeError('after suppress')))
        st.push(suppressor)
        raise ValueError('body2')
except RuntimeError as e:
    print('RuntimeError', chain(e))

try:
    with ExitStack() as st:
        st.callback(print, 'cleanup still runs')
        st.callback(raiser(ZeroDivisionError('zd')))
except ZeroDivisionError as e:
    print('ZeroDivisionError', chain(e))

st = ExitStack()
st.callback(raiser(OSError('on close')))
try:
    st.close()
except OSError as e:
    print('close raised', e)

seen = []
with ExitStack() as st:
    for i in range(3):
        st.callback(seen.append, i)
print(seen)
print(st.__exit__(None, None, None))
