# int(), str(), base conversions, int from floats
print(int(3.99), int(-3.99), int(1e20), int(-0.5))
print(int("101", 2), int("777", 8), int("zz", 36), int("  -42\n"))
print(int("0x1A", 16), int("0b11", 0), int("1_000_000"))
print(int(True), int(False), int("0"))
for s in ["12a", "", "1.5", "0x10", " ", "1__0"]:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("2", 2)
except ValueError as e:
    print("ValueError:", e)
print(str(10 ** 25), repr(-17), str(0))
print(hex(255), hex(-255), oct(8), bin(5), bin(-5))
print(format(255, "x"), format(255, "#010b"), format(-255, "o"))
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n in (0, 255, -255, 2 ** 64, 123456789):
    print(n, to_base(n, 2), to_base(n, 7), to_base(n, 36))
print(int(to_base(2 ** 64, 36), 36) == 2 ** 64)
print(round(123456, -2), round(-2.5), round(3.5), round(7, 1))
