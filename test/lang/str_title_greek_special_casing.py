chars = [chr(c) for c in range(0x1f70, 0x2000)] + [chr(c) for c in range(0x1c4, 0x1cd)] + ['ß', 'ŉ', 'ǰ', 'ΐ', 'ﬀ', 'ﬅ', 'ﬓ', 'İ', 'ı']
for c in chars:
    for s in (c, c + 'x', 'x' + c):
        t = (s.title(), s.capitalize(), s.upper(), s.lower(), s.swapcase(), s.casefold(), s.istitle(), s.isupper(), s.islower())
        print(ascii(s), ascii(t))
out = []
for cp in range(0x10000):
    c = chr(cp)
    t = c.title()
    if t != c.upper() or c.capitalize() != t or c.swapcase() != (c.lower() if c.isupper() else c.upper() if c.islower() else c):
        out.append((cp, t, c.swapcase()))
print(len(out))
for x in out:
    print(ascii(x))
