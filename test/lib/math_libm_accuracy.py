# Last-bit agreement with glibc for transcendental functions over random arguments.
import math, random
random.seed(5)
bad = {}
for name in ['sin','cos','acos','atan','log','log10','sqrt','erf','erfc','lgamma','atan2','hypot','pow','log1p','expm1','sinh','cosh','tanh','asinh','atanh','acosh','cbrt','exp2']:
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
