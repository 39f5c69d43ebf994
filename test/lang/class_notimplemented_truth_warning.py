print(bool(NotImplemented))
if NotImplemented: print("truthy")
x = not NotImplemented
class A:
    def __eq__(self, o): return NotImplemented
print(A().__eq__(1) and 1)
import random
try: random.sample({1, 2, 3}, 2)
except TypeError as e: print(e)
try: random.seed([1])
except TypeError as e: print(e)
print(random.randrange(5.0) if False else 0)
import math
print(math.factorial(5))
try: math.factorial(5.0)
except TypeError as e: print(e)
