import random
for f in [lambda: random.random(1), lambda: random.getrandbits(), lambda: random.getrandbits(k=3), lambda: random.Random().seed(1,2,3), lambda: random.Random(1,2), lambda: random.Random(x=1), lambda: random.getstate(1), lambda: random.Random().setstate((3,(1,2),None)), lambda: random.Random().setstate((3,[1]*625,None)), lambda: random.Random().setstate((3,(1,)*624+(700,),None)), lambda: random.Random().setstate((3,(-1,)*625,None)), lambda: random.Random().setstate((7,(1,)*625,None))]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
r = random.Random(42)
st = r.getstate()
print(st[0], len(st[1]), st[1][:3], st[1][-1], st[2])
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)])
r.gauss(); st2 = r.getstate(); print(st2[2] is not None)
print(random.Random(2**100).random(), random.Random(-5).random() == random.Random(5).random(), random.Random(3.0).random() == random.Random(3).random())
print(random.Random((1, 2)).random() if False else '', random.Random(bytearray(b'ab')).random() == random.Random(b'ab').random(), random.Random('ab').random())
r1 = random.Random(); r1.seed('ab', version=1); print(r1.random()); r1.seed(b'xyz', version=1); print(r1.random()); r1.seed('', version=1); print(r1.random())
print(type(random.Random).__name__, random.Random.__module__, random.Random.__mro__[1].__module__, random.Random.__mro__[1].__name__)
class G(random.Random):
    def getrandbits(self, k):
        return 0
print(G().randrange(10), G().choice('xyz'), G()._randbelow.__name__, random.Random()._randbelow.__name__)
