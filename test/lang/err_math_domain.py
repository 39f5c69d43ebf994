# Ends with: ValueError: math domain error
import math
print(math.sqrt(2) ** 2, math.isclose(math.sqrt(2) ** 2, 2))
for v in [16, 2, 0.25, 0]:
    print(v, math.sqrt(v), math.isqrt(int(v)) if v == int(v) else "-")
print(math.log(math.e), math.log10(1000), math.log2(1024))
vals = [4, 1, -9]
for v in vals:
    print("sqrt of", v)
    print(math.sqrt(v))
