import random

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        res = '-> ' + repr(r)
    except Exception as e:
        res = '!! ' + type(e).__name__ + ': ' + str(e)
    print(label, res)

random.seed(12345)
show('randrange', random.randrange, 10); show('randrange', random.randrange, 0); show('randrange', random.randrange, 5, 2); show('randrange', random.randrange, 0, 10, 0)
show('randrange', random.randrange, 'a'); show('randrange', random.randrange, 0, 'b'); show('randrange', random.randrange, 10**30)
show('randint', random.randint, 1, 6); show('randint', random.randint, 6, 1)
show('choice', random.choice, []); show('choice', random.choice, 'abc'); show('choice', random.choice, {1: 'a'}); show('choice', random.choice, 5); show('choice', random.choice, range(100))
show('choices', random.choices, 'abc', k=5); show('choices', random.choices, 'abc', [1, 0, 0], k=3); show('choices', random.choices, 'abc', cum_weights=[0, 0, 1], k=2)
show('choices', random.choices, 'abc', [1, 2], k=2); show('choices', random.choices, [], k=2); show('choices', random.choices, 'ab', [0, 0]); show('choices', random.choices, 'ab', k=-1)
show('choices', random.choices, 'ab', [1, 2], [1, 3])
show('sample', random.sample, range(10), 3); show('sample', random.sample, 'abc', 4); show('sample', random.sample, {1, 2}, 1); show('sample', random.sample, 'abc', -1)
show('sample', random.sample, ['x', 'y'], 3, counts=[2, 1]); show('sample', random.sample, 'ab', 1, counts=[1]); show('sample', random.sample, (1, 2, 3), k=2)
x = list(range(8)); random.shuffle(x); print(x); show('shuffle', random.shuffle, (1, 2))
show('uniform', random.uniform, 1, 2); show('uniform', random.uniform, 'a', 2); show('triangular', random.triangular); show('triangular', random.triangular, 0, 10, 3)
show('gauss', random.gauss); show('normalvariate', random.normalvariate, 5, 0.1); show('expovariate', random.expovariate, 0.5); show('expovariate', random.expovariate, 0)
show('betavariate', random.betavariate, 2, 3); show('gammavariate', random.gammavariate, 0, 1); show('gammavariate', random.gammavariate, 0.5, 2); show('vonmises', random.vonmisesvariate, 1, 4)
show('paretovariate', random.paretovariate, 3); show('weibull', random.weibullvariate, 1, 2); show('lognorm', random.lognormvariate, 0, 1)
show('getrandbits', random.getrandbits, 0); show('getrandbits', random.getrandbits, 100); show('getrandbits', random.getrandbits, -1); show('randbytes', random.randbytes, 5)
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
r = random.Random(7); r2 = random.Random(7); print(r.random() == r2.random(), r.randint(1, 100), random.Random('seed').random(), random.Random(b'x').random(), random.Random(3.5).random())
show('seed', random.seed, [1]); show('Random', random.Random, [1]); random.seed(None); random.seed(5, version=1); print(random.random())
print(random.BPF, random.LOG4, random.NV_MAGICCONST, random.RECIP_BPF, random.SG_MAGICCONST, random.TWOPI, random.Random.VERSION)
class MyR(random.Random):
    def random(self):
        return 0.5
m = MyR(); print(m.random(), m.uniform(0, 10), m.choice('abcd'), m.randrange(10), m.sample(range(10), 3))
sr = random.SystemRandom(); print(type(sr.random()).__name__, 0 <= sr.randint(1, 3) <= 3)
show('getstate', sr.getstate)
