import collections
d = collections.deque([1, 2, 3, 2])
for args in ((2,), (2, 2), (2, -1), (2, 'a'), (2, None), (2, 1.5), (2, True), (2, 0, None), (9,), (2, 0, 2**70)):
    try:
        print(args, d.index(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
for nd in ([1], 'x', None, 2, -1, True, 2**70):
    try:
        print(repr((2.567).__round__(nd)), repr(round(2.567, nd)))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for nd in ([1], 'x', None, -1, True, 2**70):
    try:
        print(repr((1234).__round__(nd)), repr(round(1234, nd)))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
class I(int): pass
class F(float): pass
print(round(I(1234), None), round(I(1234), -2), round(F(2.5), None), round(F(2.567), 1), round(True, None))
