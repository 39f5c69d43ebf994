import math

def show(label, f, *args):
    try:
        r = f(*args)
        print(label, args, '->', repr(r))
    except Exception as e:
        print(label, args, '!!', type(e).__name__, e)

for name in ['sqrt', 'exp', 'log', 'log2', 'log10', 'log1p', 'expm1', 'sin', 'cos', 'tan',
             'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
             'fabs', 'floor', 'ceil', 'trunc', 'erf', 'erfc', 'gamma', 'lgamma', 'degrees', 'radians', 'exp2', 'cbrt']:
    f = getattr(math, name)
    for a in [0, 1, -1, 0.5, 2, 10, 1e308, -0.0, float('inf'), float('-inf'), float('nan'), 10**400, True, 'x', None, 3.7, -3.7]:
        show(name, f, a)

for name in ['pow', 'atan2', 'hypot', 'copysign', 'fmod', 'remainder', 'ldexp', 'nextafter', 'log', 'dist']:
    f = getattr(math, name)
    for a, b in [(2, 3), (0, 0), (-1, 0.5), (1e308, 10), (float('inf'), 0), (0, -1), (3, float('nan')), (5, 'x'), (7.5, 2), (-7.5, 2), (2, -1074), (1, 2)]:
        show(name, f, a, b)
