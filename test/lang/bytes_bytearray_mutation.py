# bytearray: constructors, item/slice assignment and deletion, in-place ops, methods returning bytearray
print(bytearray(), bytearray(3), bytearray(b"ab"), bytearray([1, 2, 255]), bytearray("hé", "utf-8"), bytearray(range(3)))
ba = bytearray(b"0123456789")
ba[0] = 65
ba[-1] = 0x5a
print(ba, len(ba), ba[0], ba[-1], ba[2:5], type(ba[2:5]).__name__)
ba[2:5] = b""
print(ba)
ba[2:2] = bytearray(b"xyz")
print(ba)
ba[::2] = b"abcde"
print(ba)
ba[1:3] = [33, 34, 35]
print(ba)
del ba[::3]
print(ba)
del ba[-2:]
print(ba)
del ba[1]
print(ba)
ba += b"++"
ba += bytearray(b"--")
print(ba)
alias = ba
ba *= 2
print(alias is ba, ba)
ba.clear()
print(ba, len(ba), bool(ba))
for i in range(300):
    ba.append(i % 256)
print(len(ba), ba[255], ba[256], sum(ba))
ba = bytearray(b"hello")
c = ba.copy()
c[0] = 106
print(ba, c, ba == b"hello", c != ba, ba < c, ba + c, c * 2)
ba.insert(100, 33)
ba.insert(-100, 62)
ba.insert(1, 45)
print(ba, ba.pop(), ba.pop(0), ba.pop(1), ba)
ba.extend([1, 2])
ba.extend(bytearray(b"."))
ba.extend(x for x in b"ab")
print(ba)
ba.reverse()
print(ba, ba.upper(), ba.title(), ba.split(b"l"), ba.strip(b"ab.\x01\x02"), ba.hex())
print(ba.find(b"l"), ba.count(b"l"), ba.replace(b"l", b"L"), b"l" in ba, 108 in ba, ba.decode("latin-1"))
print(bytearray(b"a b").split(), bytearray(b",").join([b"x", bytearray(b"y")]), b",".join([bytearray(b"p"), b"q"]))
print(type(bytearray(b"x").join([])).__name__, type(b"x".join([bytearray(b"a")])).__name__, type(bytearray(b"ab").partition(b"a")[0]).__name__)
for f in (lambda: ba.pop(99), lambda: bytearray().pop(), lambda: ba.remove(200), lambda: ba.append(256),
          lambda: ba.append("a"), lambda: ba.__setitem__(0, 300), lambda: ba.__setitem__(99, 1),
          lambda: ba.__setitem__(slice(None, None, 2), b"x"), lambda: ba.__setitem__(slice(0, 1), 5),
          lambda: ba.extend("abc"), lambda: ba.extend(5), lambda: bytearray("abc"), lambda: {bytearray(b"x"): 1},
          lambda: ba["x"], lambda: ba[100], lambda: ba.__iadd__("s")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
d = bytearray(b"abcdef")
del d[::-2]
print(d, bytearray(b"q") * 0, list(bytearray(b"\x00\xff")), [x for x in bytearray(b"AB")])
print(isinstance(d, bytearray), isinstance(d, bytes), isinstance(b"", bytearray), repr(bytearray(b"it's")), str(bytearray(b"\n")))
