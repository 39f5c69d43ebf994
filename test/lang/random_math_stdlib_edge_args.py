import random, math, string, heapq, bisect, operator, itertools
r = random.Random(12345)
print(r.random(), r.randint(1, 6), r.randrange(0, 100, 5), r.choice('abcdef'), r.sample(range(50), 6), r.uniform(2, 3))
print(r.gauss(0, 1), r.gauss(10, 2), r.normalvariate(0, 1), r.expovariate(2), r.triangular(), r.betavariate(1, 2))
print(r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 1), r.lognormvariate(0, 1), r.vonmisesvariate(1, 2), r.paretovariate(2), r.weibullvariate(2, 3))
print(r.choices('abc', k=3), r.choices('abc', [1, 2, 3], k=4), r.getrandbits(100), r.getrandbits(0), r.randbytes(4), r.randrange(10**30))
l = list(range(20)); r.shuffle(l); print(l)
print(r.sample(['a', 'b', 'c', 'd'], k=2, counts=[1, 2, 3, 4]))
for seed in (0, 1, -1, 2**40, 'abc', b'abc', 3.5, None if False else 7, bytearray(b'x')):
    try:
        r.seed(seed); print(seed, r.random())
    except TypeError as e:
        print(e)
r.seed(5, version=1); print(r.random())
random.seed(3)
print(random.random(), random.randint(1, 10), random.choice([1, 2]), random.getrandbits(8))
for bad in (lambda: r.randint(3, 1), lambda: r.randrange(0), lambda: r.choice([]), lambda: r.sample([1], 2), lambda: r.randrange(1, 5, 0),
            lambda: r.randrange(2.5), lambda: r.choices([], k=1), lambda: r.getrandbits(-1), lambda: r.sample({1, 2}, 1), lambda: r.choices('ab', [1], k=1),
            lambda: r.randrange(10, 2), lambda: r.uniform('a', 1), lambda: r.triangular(1, 1, 1)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
print(math.isqrt(10**50), math.comb(50, 25), math.perm(10), math.perm(10, 3), math.gcd(), math.lcm(), math.gcd(0, -5), math.lcm(4, -6))
print(math.fsum([0.1] * 10), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 30)), math.floor(-0.5), math.ceil(-0.5), math.floor(1e300))
print(math.dist((1, 2, 3), (4, 5, 6)), math.hypot(3, 4, 12), math.hypot(), math.erf(0.5), math.erfc(0.5), math.gamma(5.5), math.lgamma(10))
print(math.exp(710) if False else math.expm1(1e-10), math.log(100, 10), math.log2(1024), math.log10(1e-5), math.cbrt(27) if hasattr(math, 'cbrt') else 0)
for bad in (lambda: math.exp(1000), lambda: math.log(-1), lambda: math.sqrt(-0.0), lambda: math.comb(-1, 1), lambda: math.perm(1, 2.0), lambda: math.isqrt(1.5),
            lambda: math.factorial(10**10) if False else math.factorial(-3), lambda: math.gcd(1.5), lambda: math.pow(0, -1), lambda: math.fmod(1, 0),
            lambda: math.ldexp(1, 10000), lambda: math.acos(2), lambda: math.floor('a'), lambda: math.trunc('x'), lambda: math.prod(['a'], start='')):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(string.Template('$a and ${b}').substitute({'a': 1}, b=2), string.Template('$$x $a').safe_substitute(), string.capwords('  hello   world  '))
for bad in (lambda: string.Template('$a').substitute(), lambda: string.Template('$').substitute(), lambda: string.Template('${a').substitute(a=1),
            lambda: string.Template('$1').substitute()):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(string.Template('$a $$ ${b}').get_identifiers() if hasattr(string.Template, 'get_identifiers') else '', string.Template('$a').is_valid())
h = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]: heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, h), heapq.nsmallest(10, h), heapq.nlargest(0, h), heapq.nsmallest(1, []))
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
print(list(heapq.merge('ace', 'bdf')), heapq.nlargest(3, ['a', 'bbb', 'cc'], key=len))
a = [1, 3, 3, 5]
print(bisect.bisect(a, 3), bisect.bisect_left(a, 3), bisect.bisect_right(a, 0), bisect.bisect_left(a, 6, hi=2))
bisect.insort_right(a, 4); bisect.insort(a, 0, key=None); print(a)
try:
    bisect.bisect([], 1, lo=-1)
except ValueError as e:
    print(e)
print(operator.itemgetter(slice(1, 3))('abcd'), operator.attrgetter('__class__.__name__')(1), operator.methodcaller('upper')('x'))
print(operator.is_(None, None), operator.is_not(1, None), operator.abs(-1), operator.inv(5), operator.pos(-1), operator.truediv(1, 4), operator.matmul if False else 0)
try:
    operator.itemgetter()
except TypeError as e:
    print(e)
print(list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)), list(itertools.batched('abc', 2)) if hasattr(itertools, 'batched') else '')
print(list(itertools.groupby('')), [(k, list(g)) for k, g in itertools.groupby([1, 1, 2, 1])])
gb = itertools.groupby('aabb')
k1, g1 = next(gb); k2, g2 = next(gb); print(k1, list(g1), k2, list(g2))
t1, t2 = itertools.tee(iter([1, 2, 3]))
print(next(t1), list(t2), list(t1))
print(list(itertools.zip_longest('ab', 'c', 'def', fillvalue='?')), list(itertools.product([], [1])), list(itertools.permutations('abc', 4)))
print(list(itertools.islice(itertools.count(), 2, 10, 3)), list(itertools.starmap(max, ['ab', 'cd'])))
for bad in (lambda: itertools.islice('a', -1), lambda: itertools.islice('a', 0, 1, -1), lambda: itertools.islice('a', 'x'), lambda: itertools.repeat(1, 'a'),
            lambda: itertools.combinations('a', -1), lambda: itertools.tee('a', -1), lambda: itertools.chain(1).__next__(), lambda: list(itertools.starmap(max, [1]))):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
