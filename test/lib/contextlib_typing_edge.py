import contextlib, typing, abc, sys, time

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        res = '-> ' + repr(r)
    except Exception as e:
        res = '!! ' + type(e).__name__ + ': ' + str(e)
    print(label, res)

@contextlib.contextmanager
def cm(x):
    print('enter', x)
    try:
        yield x * 2
    except KeyError as e:
        print('caught', repr(e))
    finally:
        print('exit', x)
with cm(1) as v:
    print('body', v)
with cm(2):
    raise KeyError('k')
def bad():
    with cm(3):
        raise ValueError('v')
show('propagate', bad)
@contextlib.contextmanager
def noyield():
    if False:
        yield
show('noyield', lambda: noyield().__enter__())
@contextlib.contextmanager
def twice():
    yield
    yield
def t2():
    with twice():
        pass
show('twice', t2)
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
with contextlib.ExitStack() as st:
    st.callback(print, 'cb1')
    st.enter_context(cm(4))
    st.push(lambda *a: print('push', a[0].__name__ if a[0] else None))
    print('in stack')
with contextlib.nullcontext(5) as n:
    print('null', n)
class Res(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print('Res exit'); return None
with Res() as r:
    print(type(r).__name__)
class Closer:
    def close(self): print('closed')
with contextlib.closing(Closer()):
    pass
@contextlib.contextmanager
def dec_cm():
    print('d-in'); yield; print('d-out')
@dec_cm()
def f():
    print('in f')
f()
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.get_origin(typing.Optional[int]), typing.get_args(typing.Union[int, str]))
T = typing.TypeVar('T')
print(T, repr(typing.List[int]), typing.Optional[str], typing.Callable[[int], str], typing.cast(int, 'x'), typing.TYPE_CHECKING)
class Pr(typing.Protocol):
    def m(self) -> int: ...
@typing.runtime_checkable
class RC(typing.Protocol):
    def close(self): ...
print(isinstance(Closer(), RC), isinstance(1, RC))
class G(typing.Generic[T]):
    pass
print(G[int], G.__parameters__, typing.NamedTuple('NT', [('a', int)])(1), typing.get_type_hints(lambda: None))
class TD(typing.TypedDict):
    a: int
print(TD(a=1), typing.Literal[1, 2], typing.Final, typing.Any, typing.overload.__name__, typing.assert_never.__name__)
class A(abc.ABC):
    @abc.abstractmethod
    def go(self): ...
show('abc', A)
class B(A):
    def go(self): return 'went'
print(B().go(), issubclass(B, A), A.__abstractmethods__, isinstance(B(), A))
print(sys.maxsize, sys.byteorder, sys.version_info[:2], sys.version_info >= (3, 11), type(sys.argv).__name__, sys.float_info.max if hasattr(sys, 'float_info') else 'nofi', sys.getrecursionlimit())
print(sys.int_info.bits_per_digit if hasattr(sys, 'int_info') else 'noii', sys.hash_info.modulus if hasattr(sys, 'hash_info') else 'nohi', sys.maxunicode if hasattr(sys, 'maxunicode') else 'nomu')
print(time.gmtime(0), time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(86400 * 365)), time.asctime(time.gmtime(0)), time.mktime(time.gmtime(0)) if False else '')
print(type(time.time()).__name__, type(time.monotonic_ns()).__name__, type(time.perf_counter()).__name__, type(time.process_time()).__name__, type(time.thread_time()).__name__ if hasattr(time, 'thread_time') else 'no')
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info)
