import random
r = random.Random(1)
print(r.randrange(5.0), r.randrange(1, 7.0), r.randrange(0, 10, 2.0))
for bad in (lambda: r.randrange('5'), lambda: r.randrange(1, 2.5), lambda: r.randrange(0, 10, 1.5)):
    try:
        bad()
    except ValueError as e:
        print(e)
print(r.triangular(2, 2, 2), r.triangular(1.5, 1.5, 0), r.uniform(1, 3), r.uniform(2, 2))
