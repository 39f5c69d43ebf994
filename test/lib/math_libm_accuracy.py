# Last-bit agreement with glibc for transcendental functions over random arguments.
import math, random
for name in ['sin', 'acos', 'atan', 'log', 'log10', 'sqrt', 'erf', 'erfc', 'atan2', 'hypot', 'pow', 'log1p',
             'expm1', 'sinh', 'tanh', 'asinh', 'atanh', 'acosh', 'cbrt', 'exp2']:
    random.seed(5)
    f = getattr(math, name)
    out = []
    for i in range(300):
        x = random.uniform(-5, 5) * 10 ** random.randint(-3, 2)
        y = random.uniform(-5, 5)
        try:
            r = f(x, y) if name in ('atan2', 'hypot', 'pow') else f(x)
        except Exception as e:
            r = type(e).__name__
        out.append(r)
    print(name, out)
