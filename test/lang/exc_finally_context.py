# A finally block run by an exception: sys.exc_info() sees it, and an exception raised there gets it as __context__.
import sys
def f():
    try:
        return 1
    finally:
        print('fin', sys.exc_info()[0])
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('loop fin', i, sys.exc_info()[0])
g()
def h():
    try:
        1/0
    finally:
        print('h fin', sys.exc_info()[0].__name__)
        return 'swallowed'
print(h())
def k():
    try:
        try:
            raise KeyError('a')
        finally:
            print('inner', sys.exc_info()[1])
    except KeyError as e:
        print('caught', repr(e), e.__context__)
    print('after', sys.exc_info())
k()
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen fin', sys.exc_info()[:2])
g2 = gen(); next(g2); g2.close()
try:
    try:
        raise ValueError('v')
    finally:
        raise TypeError('t')
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        pass
    finally:
        raise TypeError('t2')
except TypeError as e:
    print(repr(e), repr(e.__context__))
