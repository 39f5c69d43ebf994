from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = 3


print(list(Perm), [p.value for p in Perm])
rw = Perm.R | Perm.W
print(rw, repr(rw), rw is Perm.RW, rw.name, rw.value)
print(Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), repr(Perm.R & Perm.X))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)))
print(repr(Perm(7)), list(Perm(7)), len(Perm(7)))
print(repr(~Perm.R), repr(~Perm.RW), repr(Perm.R ^ Perm.RW))
print(repr(Perm.RW), list(Perm.RW), Perm['RW'])
try:
    Perm(8)
except ValueError as e:
    print('ValueError:', e)
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError:', e)


class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7


print(repr(Color(3)), repr(Color.WHITE), repr(Color(5)), list(Color.WHITE))
print(len(Color), list(Color))


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


m = Mode.READ | Mode.WRITE
print(m, repr(m), m == 6, m + 1, int(m), isinstance(m, int))
print(repr(Mode.READ | 8), repr(Mode(9)), Mode(0), repr(~Mode.READ))
print(repr(Mode.READ | 1), Mode.READ & 4, repr(Mode.WRITE ^ Mode.WRITE))
print(format(m), f'{Mode.EXEC:>3}', str(Mode.READ))
print(list(m), Mode.WRITE in m)
