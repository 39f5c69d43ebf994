# bytes and bytearray basics
b = b"Hello, bytes!"
print(b, len(b), b[0], b[-1], b[:5], b[::-1])
print(list(b[:3]), b[1:4] == b"ell", b"ell" in b, 72 in b)
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"bytes", b"world"))
print(b.find(b"b"), b.count(b"e"), b.startswith(b"He"), b.strip(b"H!"))
print(b + b"!!", b * 2, b"-".join([b"a", b"b", b"c"]))
print(bytes(range(65, 70)), bytes([0, 255]), bytes(4), bytes("xyz", "ascii"))
print(b.hex(), b.hex(":"), bytes.fromhex("48 69"))
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), bytes(ba))
ba[1:3] = b"ZZZ"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
print(ba.decode(), type(ba).__name__)
print(b"abc" < b"abd", b"a" == bytearray(b"a"), b"" == b"")
print([x for x in b"\x01\x02\x03"], sum(b"\x01\x02\x03"))
print(b"%d:%s" % (5, b"ok"), b"  pad ".strip(), b"a\nb".splitlines())
print(repr(b"\x00\x7f\x80\n"), b"abc".isalpha(), b"123".isdigit())
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
print(bytes(reversed(b"xyz")), b"xyz".index(b"z"))
