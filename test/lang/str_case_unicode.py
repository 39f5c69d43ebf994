# Unicode case mapping, titlecase, casefold, whitespace and predicates
words = ["ǆungla ǉubav ǌ", "ǲ dz", "ﬁre ﬂy", "ŉ", "ᾳ ᾀ", "ΣΊΣΥΦΟΣ σ", "İstanbul ıi", "ßtraße ẞ", "µ ſ ǅ", "ꭰꭱ Ꭰ", "ა ბ"]
for w in words:
    print(w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.casefold())
print([w.casefold() == w.upper().casefold() for w in ["Straße", "STRASSE", "ǅ", "Σ"]])
ws = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000"
print([c.isspace() for c in ws].count(True), len(ws), "\u200b".isspace(), "\ufeff".isspace())
print(("a" + ws + "b").split(), ("x" + ws).strip(), repr(ws.strip() + "|"), "a\u3000b\u00a0c".split())
print("  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1), "  a  ".split(None, 0), "  a  ".rsplit(None, 0))
chars = "0٣۳५১๓²³¹⁴₅①⑽⒈⓵❶½⅓Ⅻⅻ〇一万x_ "
print([(c, c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum()) for c in chars])
print(["Ⅻx".isidentifier(), "_1".isidentifier(), "1_".isidentifier(), "é".isidentifier(), "a-b".isidentifier(), "".isidentifier(), "℘".isidentifier()])
print(["a b".isprintable(), "\u00ad".isprintable(), "\u2028".isprintable(), "\u3000".isprintable(), "é€".isprintable(), "\x7f".isprintable(), "".isprintable()])
print("hello wORLD".swapcase(), "ǅ".swapcase(), "ß".swapcase(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("they're bill's friends".title(), "ǉ-ǈ-Ǉ".title(), "x1y 2z".title(), "ǅ".istitle(), "Ǆa".istitle())
print("ǆemal".capitalize(), "ﬁre".capitalize(), "ßa".capitalize(), "123abc".capitalize(), "".capitalize())
