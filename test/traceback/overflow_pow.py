# Ends with: OverflowError: (34, 'Numerical result out of range')
import math
print(2 ** 1000 > 10 ** 300, len(str(2 ** 1000)))
print(math.exp(10), math.exp(700) > 1e300)
print(float(2 ** 1000))
try:
    float(2 ** 2000)
except OverflowError as e:
    print("caught:", e)
print(2.0 ** 1000)
print(2.0 ** 2000)
