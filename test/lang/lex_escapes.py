# Escape sequences in detail
escapes = ["\\", "\'", "\"", "\a", "\b", "\f", "\n", "\r", "\t", "\v", "\0", "\x7f", "\177", "\u263a"]
for e in escapes:
    print(len(e), ord(e), repr(e))
s = "line1\nline2\r\nline3"
print(s.splitlines())
print(repr("\x00\x01\x1f\x7f\x80\xff"))
print(repr("\u0100\u2028\ud7ff"))
print("\N{LATIN SMALL LETTER E WITH ACUTE}" == "\xe9")
print(ascii("é ☺ x"))
print("a\
b")
print(repr("\12\123"))
