# Ends with: ValueError: invalid literal for int() with base 10: 'abc'
print(int("0x1f", 16), int("1_0"), int(" 8 "))
print(int(3.9), int(-3.9), int("z", 36))
raw = ["10", " 20 ", "-5", "+7", "1_000", "abc", "30"]
total = 0
for s in raw:
    n = int(s)
    total += n
    print(f"parsed {s!r} -> {n}, total {total}")
print("total", total)
