def g():
    while True:
        try:
            yield 1
        except ValueError as e:
            print('got', repr(e), e.args)
            yield 2
x = g(); next(x)
v = ValueError('boom')
print(x.throw(ValueError, v, None))
next(x)
print(x.throw(ValueError, v))
next(x)
print(x.throw(ValueError, 'msg'))
next(x)
print(x.throw(ValueError, ('a', 'b')))
next(x)
print(x.throw(ValueError))
next(x)
print(x.throw(v))
next(x)
try:
    x.throw(v, 'extra')
except TypeError as e:
    print('TypeError', e)
class Sub(ValueError): pass
print(x.throw(ValueError, Sub('sub')))
next(x)
try:
    x.throw(KeyError, 'k')
except KeyError as e:
    print('propagated', repr(e))
