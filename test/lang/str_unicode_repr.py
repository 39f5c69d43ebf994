# repr() and str.isprintable() of non-printable code points (CPython 3.11 uses Unicode 14).
samples = ['\x00', '\x1f', '\x7f', '\x80', '\x85', '\x9f', '\xa0', '\xa1', '\xad', '\u0378',
           '\u061c', '\u1680', '\u180e', '\u2000', '\u200b', '\u200f', '\u2028', '\u2029',
           '\u202f', '\u2060', '\u3000', '\ud7ff', '\ue000', '\uf8ff', '\ufeff', '\ufff9',
           '\ufffd', '\uffff', '\U00010000', '\U0001f600', '\U000e0001', '\U000e007f',
           '\U000f0000', '\U0010ffff', '\ud800', '\udfff', 'a\ud83db', '\U0001f1e6\U0001f1e8']
for s in samples:
    print(repr(s), ascii(s), s.isprintable(), repr(s)[1:-1] == s)
print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('back\\slash'))
print(repr('tab\there\nnew\rret'), repr(''), ''.isprintable(), ' '.isprintable())
print([' \x7f', 'caf\xe9', '\u00e9\u0301'])
print(f"{chr(0x85)!r}", '{!r}'.format('\u2029'), '%r' % '\x1b[0m')
# Code points new in Unicode 15+ are unassigned for CPython 3.11.
print(repr('\U00011f00'), repr('\U0001e4d0'), repr('\U0001fae9'), repr('\u0cf3'))
print(repr(''.join(map(chr, range(0x2060, 0x2070)))))

# Every code point: count and checksum of the non-printable ones.
n = total = 0
for c in range(0x110000):
    if not chr(c).isprintable():
        n += 1
        total = (total * 31 + c) % 1000000007
print(n, total)
# repr agrees with isprintable on a stride through all planes.
bad = []
for c in range(0, 0x110000, 97):
    r = repr(chr(c))
    if (r[1:-1] == chr(c) or chr(c) in '\'"\\') != chr(c).isprintable() and c not in (9, 10, 13):
        bad.append(c)
print(bad)
