# Augmented assignment errors name the in-place operator.
def t(label, f):
    try:
        f()
    except TypeError as e:
        print(label, e)
def a1():
    v = 5; v += [1]
def a2():
    v = 5; v -= 'a'
def a3():
    v = 'a'; v += 1
def a4():
    v = (1,); v += [2]
def a5():
    v = [1]; v += 5
def a6():
    v = 1.5; v *= 'a'
def a7():
    v = None; v |= 1
def a8():
    v = {1}; v &= [1]
def a9():
    v = {}; v |= [1]
def a10():
    v = 5; v @= 2
def a11():
    v = 5; v **= 'x'
def a12():
    v = 5; v //= None
def a13():
    v = 5; v <<= 1.5
def a14():
    v = 'a'; v %= ()
def a15():
    v = b'a'; v += 'a'
def a16():
    v = [1]; v *= 'x'
def a17():
    v = 5; v /= 'x'
def a18():
    v = 5; v %= 'x'
def a19():
    v = 5; v >>= 'x'
def a20():
    v = 5; v ^= 1.5
def a21():
    v = 5; v &= 'x'
for i, f in enumerate([a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21], 1):
    t(i, f)
class C: pass
def b1():
    c = C(); c.x = 1; c.x += 'a'
def b2():
    d = {'k': 1}; d['k'] += 'a'
def b3():
    L = [1]; L[0] -= None
for i, f in enumerate([b1, b2, b3], 1):
    t(('b', i), f)
