# Keyword errors of random (written in Python in CPython: "got an unexpected keyword argument").
import random
for f in [lambda: random.seed(x=1), lambda: random.sample([1], k=1, z=2), lambda: random.gauss(q=1), lambda: random.choices([1], bogus=1), lambda: random.triangular(z=1), lambda: random.randrange(5, z=1), lambda: random.sample([1,2])]:
    try: f()
    except TypeError as e: print(e)
