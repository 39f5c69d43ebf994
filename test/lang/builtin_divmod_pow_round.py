# divmod, pow, round, abs on several numeric types
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (17.5, 5), (-17.5, 5), (2 ** 80, 3 ** 30)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
print(pow(2, 8), pow(2.0, 8), pow(2, -2), pow(-1, 0.5) if False else "skip", pow(4, 0.5))
print(pow(7, 2, 5), pow(7, 123456789, 1000), pow(-3, 3), pow(0, 0), pow(0.0, 0))
print(round(3.14159, 2), round(3.14159), round(-3.5), round(4.5), round(5.5), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(0.5), round(1.5), round(2.675, 2), round(-0.5), type(round(2.5, 0)).__name__)
print(abs(-3), abs(-3.25), abs(3 - 10), abs(-(2 ** 70)))
print(10 ** 2, 10 ** -2, (-10) ** 3, 2 ** 0.5, 9 ** 0.5, (-8) ** 2)
print(7 / 7, 2 ** 10 / 2 ** 5, 1 / 8)
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
