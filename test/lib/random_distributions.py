# Seeded random: every distribution function and its keyword arguments, state save/restore.
import random

random.seed(2024)
print(round(random.gauss(mu=100, sigma=15), 10), round(random.normalvariate(0, 1), 10))
print(round(random.lognormvariate(0, 0.5), 10), round(random.expovariate(lambd=2.0), 10))
print(round(random.gammavariate(2.0, 3.0), 10), round(random.gammavariate(0.5, 1.0), 10), round(random.gammavariate(1.0, 2.0), 10))
print(round(random.betavariate(2, 5), 10), round(random.paretovariate(alpha=3), 10))
print(round(random.weibullvariate(1.0, 1.5), 10), round(random.vonmisesvariate(0.0, 4.0), 10))
print(round(random.triangular(0, 10), 10), round(random.triangular(low=0, high=10, mode=8), 10))
print(random.randbytes(6), random.getrandbits(80))

# A tiny Monte Carlo: waiting times at a help desk.
rng = random.Random(7)
waits = [rng.expovariate(1 / 4) for _ in range(1000)]
print(round(sum(waits) / len(waits), 6), round(max(waits), 6), sum(w > 10 for w in waits))
heights = sorted(rng.gauss(170, 8) for _ in range(9))
print([round(h, 3) for h in heights])

state = random.getstate()
first = [random.gammavariate(3, 1) for _ in range(3)]
random.setstate(state)
print(first == [random.gammavariate(3, 1) for _ in range(3)])
try:
    random.gammavariate(-1, 1)
except ValueError as e:
    print('ValueError:', e)
try:
    random.gauss(1, 2, 3)
except TypeError as e:
    print('TypeError')
