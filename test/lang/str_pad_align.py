# center / ljust / rjust / zfill / expandtabs
for w in ["a", "abc", "abcdef"]:
    print(f"[{w.center(7)}] [{w.center(8, '*')}] [{w.ljust(6, '.')}] [{w.rjust(6)}]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print("x".center(4), "|", "xy".center(5, "-"), "|", "odd".center(6, "="))
t = "a\tbc\tdef\tg"
print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(1)), repr(t.expandtabs(0)))
print(repr("12345678\t9".expandtabs(8)), repr("\tx\ny\tz".expandtabs(3)))
table = [("name", "qty", "price"), ("apple", 3, 1.5), ("watermelon", 12, 0.25)]
for row in table:
    print(str(row[0]).ljust(12) + str(row[1]).rjust(5) + str(row[2]).rjust(8))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
