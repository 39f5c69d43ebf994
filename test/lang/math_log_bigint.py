import math
for n in [10**400, 2**5000, 3**1000, 10**308, 10**309, 7**700 + 1, 2**1024 - 1, 2**1024]:
    print(math.log10(n), math.log2(n), math.log(n), math.log(n, 10), math.log(n, 2**70))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.log(10**50))
