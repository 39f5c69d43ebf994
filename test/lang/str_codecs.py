# str.encode / bytes.decode: codecs, error handlers and CPython's error messages
samples = ["plain", "héllo", "€uro", "日本", "a\U0001F600b", "\x00\x7f\x80\xff"]
for enc in ["utf-8", "UTF8", "utf_8", "latin-1", "iso-8859-1", "ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"]:
    row = []
    for s in samples:
        try:
            b = s.encode(enc)
            row.append(b.hex())
            assert b.decode(enc) == s
        except UnicodeEncodeError as e:
            row.append("E:" + str(e))
    print(enc, row)
for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    for enc in ["ascii", "latin-1"]:
        try:
            print(errors, enc, "x€€y日z".encode(enc, errors))
        except UnicodeEncodeError as e:
            print(errors, enc, type(e).__name__, e, e.start, e.end, e.reason, e.encoding)
bad = [b"\xff", b"\xc3", b"\xe2\x82", b"a\xe2\x28\xa1b", b"\xf0\x90\x80", b"\xf0\x28\x8c\x28", b"\xed\xa0\x80", b"\xc0\xaf", b"ok\xf5x", b"\xe2\x82\xac\x80"]
for b in bad:
    try:
        print(b.decode())
    except UnicodeDecodeError as e:
        print("E", e, e.start, e.end)
    print(repr(b.decode("utf-8", "replace")), repr(b.decode("utf-8", "ignore")), repr(b.decode("utf-8", errors="backslashreplace")))
print(repr(b"a\x80b".decode("utf-8", "surrogateescape")), "a\udc80b".encode("utf-8", "surrogateescape"))
try:
    b"caf\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
print(b"\xff\xfeh\x00i\x00".decode("utf-16"), b"\xfe\xff\x00h\x00i".decode("utf-16"), b"h\x00".decode("utf-16-le"))
for b, enc in [(b"a", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xdc\x00\x00", "utf-16-le"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le")]:
    try:
        print(b.decode(enc))
    except UnicodeDecodeError as e:
        print("E", e)
for f in (lambda: "x".encode("rot13x"), lambda: "x".encode(5), lambda: b"x".decode("utf-8", "bogus"), lambda: "é".encode("ascii", "bogus"),
          lambda: "\ud800".encode(), lambda: str(b"x", "ascii", "strict"), lambda: str("x", "utf-8"), lambda: str(5, "utf-8")):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(str(b"\xe9t\xe9", "latin-1"), str(b"\xc3\xa9", encoding="utf-8"), str(b"a\xffb", "utf-8", "replace"), str(b"abc"))
print("\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "replace"))
