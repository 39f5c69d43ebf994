# Attribute set/delete through descriptors missing __set__ or __delete__, and on instances without a
# __dict__ (slots): the exact AttributeError messages; float() of bytes.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)
    else:
        print(label, repr(r))
class SetOnly:
    def __get__(self, o, t=None): return 'got'
    def __set__(self, o, v): print('set', v)
class DelOnly:
    def __get__(self, o, t=None): return 'got'
    def __delete__(self, o): print('delete')
class GetOnly:
    def __get__(self, o, t=None): return 'got'
class H:
    a = SetOnly(); b = DelOnly(); c = GetOnly(); k = 5
    def m(self): pass
class S:
    __slots__ = ('y',)
    a = SetOnly(); b = DelOnly(); c = GetOnly(); k = 5
    def m(self): pass
for cls in (H, S):
    o = cls()
    for name in 'abckmyz':
        def d(): delattr(o, name)
        def s(): setattr(o, name, 1)
        show((cls.__name__, 'del', name), d)
        show((cls.__name__, 'set', name), s)
        show((cls.__name__, 'get', name), lambda: (lambda v: 'callable' if callable(v) else v)(getattr(o, name)))
        show((cls.__name__, 'del again', name), d)
show(1, lambda: delattr([], 'append'))
show(2, lambda: delattr(5, 'x'))
show(3, lambda: float(b' 1.5 '))
show(4, lambda: float(b'ab'))
show(5, lambda: float(bytearray(b'x')))
show(6, lambda: float(bytearray(b'1e3')))
