# Keyword errors of random (written in Python in CPython: "got an unexpected keyword argument").
import random
for f in [lambda: random.seed(x=1), lambda: random.sample([1], k=1, z=2), lambda: random.gauss(q=1), lambda: random.choices([1], bogus=1), lambda: random.triangular(z=1), lambda: random.randrange(5, z=1), lambda: random.sample([1,2])]:
    try: f()
    except TypeError as e: print(e)
import random
for f in [lambda: random.randint(1), lambda: random.randint(1,2,3), lambda: random.choice(), lambda: random.sample([1],1,2), lambda: random.choices([1],None,2), lambda: random.uniform(1), lambda: random.shuffle([1],2), lambda: random.getrandbits(), lambda: random.seed(1,2,3), lambda: random.gauss(1,2,3)]:
    try: f()
    except TypeError as e: print(e)
