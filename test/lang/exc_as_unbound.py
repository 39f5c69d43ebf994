# `except E as name` unbinds name when the handler ends, at module, class and function level.
try:
    1 / 0
except ZeroDivisionError as err:
    print('caught', err)
print('err' in globals())
class C:
    try:
        [][0]
    except IndexError as problem:
        seen = str(problem)
    print('problem' in locals(), seen)
print(hasattr(C, 'problem'), C.seen)
def f():
    try:
        {}['k']
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return str(u)
print(f())
err = 'kept?'
try:
    raise ValueError('v')
except ValueError as err:
    pass
try:
    print(err)
except NameError as ne:
    print(type(ne).__name__, ne)
