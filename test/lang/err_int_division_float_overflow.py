# Ends with: OverflowError: integer division result too large for a float
import math
big = 10 ** 400
print(len(str(big)), big % 1000, big.bit_length())
print(math.log10(big), math.log2(2 ** 5000))
print(big // 10 ** 399, big > 1e308)
ratios = [big // 3, big / 10 ** 390]
print(ratios[1])
print(float(10 ** 300) * 10)
print(big / 3)
