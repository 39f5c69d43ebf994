# str.encode / bytes.decode
s = "héllo wörld €"
u8 = s.encode("utf-8")
print(u8, len(s), len(u8))
print(u8.decode("utf-8") == s)
print(s.encode("latin-1", errors="replace"))
print(s.encode("ascii", errors="ignore"), s.encode("ascii", errors="replace"), s.encode("ascii", errors="backslashreplace"))
print("abc".encode(), "abc".encode("ascii"), "é".encode("utf-16-le"), "é".encode("utf-32-be"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff\xfeA".decode("utf-8", errors="replace"), b"caf\xe9".decode("latin-1"))
print(list("€".encode()), bytes("€", "utf-8"), str(b"x\x00", "ascii"))
print("日本語".encode("utf-8").hex(), len("日本語".encode()))
print(ord("€"), chr(8364), hex(ord("日")))
