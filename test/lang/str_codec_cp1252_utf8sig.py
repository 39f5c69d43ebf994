s = "Grüße, €5 — naïve ‘quotes’ “double” • ™ Œ ž Ÿ"
b = s.encode("cp1252")
print(b, b.decode("cp1252") == s, s.encode("windows-1252") == b, len(b))
for raw in [b"\x80\x81\x8d\x8f\x90\x9d\x9f", b"abc\x81", bytes(range(0x80, 0xa0))]:
    for errors in ["replace", "ignore", "backslashreplace", "strict"]:
        try:
            print(errors, repr(raw.decode("cp1252", errors)))
        except UnicodeDecodeError as e:
            print(errors, e, e.args)
for t in ["a\x81b", "☃", "x\x9dy"]:
    for errors in ["strict", "replace", "xmlcharrefreplace"]:
        try: print(repr(t.encode("cp1252", errors)))
        except UnicodeEncodeError as e: print(e, e.encoding)
print("é".encode("utf-8-sig"), b"\xef\xbb\xbfhi".decode("utf-8-sig"), b"hi".decode("utf-8-sig"), b"\xef\xbb\xbf".decode("utf-8"), "".encode("utf-8-sig"))
try: b"\xef\xbb\xbf\xff".decode("utf-8-sig")
except UnicodeDecodeError as e: print(e)
