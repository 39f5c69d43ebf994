# chr, ord, hex, oct, bin, format
for c in "Az0 ~é€":
    o = ord(c)
    print(repr(c), o, hex(o), oct(o), bin(o), chr(o) == c)
print("".join(chr(ord("a") + i) for i in range(26)))
print("".join(chr(c) for c in range(0x391, 0x396)))
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
print(format(10, "b"), format(10, "o"), format(10, "x"), format(10, "#b"), format(10, "08b"))
print(format(3.14159, ".2f"), format(42, "*^10"), format("s", ">3"), format(1234567, ","))
print(hex(2 ** 100), oct(-9), bin(2 ** 16 - 1))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(format(255, "02X"), f"{255:#06x}", "%04x" % 255)
