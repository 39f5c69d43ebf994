import enum
class S(str): pass
class C(enum.StrEnum):
    R = 'r'
for a, b in ((S('a'), 1), (1, S('a')), (C.R, 1), (1, C.R), (C.R, 'x'), ('x', C.R), (C.R, [1]), (S('a'), None)):
    try:
        print(repr(a + b))
    except TypeError as e:
        print(e)
for a, b in ((S('a'), 1.5), (C.R, 2), ('ab', S('c'))):
    try:
        print(repr(a * b))
    except TypeError as e:
        print(e)
class L(list): pass
class T(tuple): pass
class S(str): pass
for a, b in ((L([1]), 1), (T((1,)), 'x'), (L(), 2.5), (2.5, T()), (S('a'), S('b')), (L([1]), T((2,))), (T((1,)), [2])):
    try:
        print('+', repr(a + b))
    except TypeError as e:
        print('+', e)
    try:
        print('*', repr(a * b))
    except TypeError as e:
        print('*', e)
x = L([1]); x += (2,); print(x)
try:
    y = T((1,)); y += [2]
except TypeError as e:
    print(e)
try:
    z = S('q'); z += 1
except TypeError as e:
    print(e)
