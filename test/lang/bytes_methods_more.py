# bytes/bytearray methods: search, split, strip, case, predicates, padding, hex, translate, errors
b = b"the quick brown fox jumps over the lazy dog"
print(b.count(b"o"), b.count(b"the"), b.count(111), b.count(b""), b.count(b"o", 20), b.count(b"o", 0, 15))
print(b.find(b"fox"), b.find(b"cat"), b.rfind(b"o"), b.rfind(b"the"), b.find(32), b.find(b"o", 13, 16))
print(b.index(b"quick"), b.rindex(b"o"), b.startswith((b"a", b"the")), b.endswith(b"dog", 0, 43), b.startswith(b"quick", 4))
for f in (lambda: b.index(b"cat"), lambda: b.rindex(b"cat"), lambda: b.find("o"), lambda: b.count(256),
          lambda: b.startswith("the"), lambda: b + "x", lambda: b.split(b""), lambda: b.join([b"a", "b"]),
          lambda: b.center(50, "*"), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("abc"), lambda: bytes("x"),
          lambda: bytes(-1), lambda: bytes(1.5), lambda: b"a" < "b", lambda: hash(bytearray(b"x")),
          lambda: b"x".decode("nope"), lambda: b"\x80".decode("ascii"), lambda: b"%d" % "x", lambda: b"%s" % "x"):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(b.split(), b.split(b" ", 2), b.rsplit(b" ", 2), b.rsplit(None, 1), b"  a  b  ".split(None, 1))
print(b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", 1), b"".split(), b"".split(b","), b"\x1c a".split())
print(b.partition(b" "), b.rpartition(b" "), b.partition(b"#"), b.rpartition(b"#"))
print(b"xxhixx".strip(b"x"), b"  hi\t\n".rstrip(), b"\x0bhi".lstrip(), b"abcba".strip(b"ab"), b"\xa0x\xa0".strip())
print(b.title(), b.capitalize(), b"MiXeD 123".swapcase(), b"caf\xc3\xa9".upper(), b"ABC\xc9".lower())
print(b"Hello World".istitle(), b"hello".islower(), b"HELLO1".isupper(), b"123".isdigit(), b"12a".isalnum(), b" \t".isspace(), b"".isalpha(), b"\x80".isascii())
print(b"ab".ljust(5, b"-"), b"ab".rjust(5), b"ab".center(6, b"."), b"-12".zfill(6), b"+".zfill(3), b"abc".center(2))
print(b"prefix.txt".removeprefix(b"prefix"), b"a.txt".removesuffix(b".txt"), b"x".removeprefix(b"y"))
print(b"a\tbc\td".expandtabs(), b"a\tbc\td".expandtabs(2), b"1\r\n2\r3\n".splitlines(), b"1\r\n2\n".splitlines(keepends=True))
print(b"\x01\x02\x03\x04\x05".hex(), b"\x01\x02\x03\x04\x05".hex(":", 2), b"\x01\x02\x03\x04\x05".hex(b"-", -2), b"".hex(":"))
print(bytes.fromhex(""), bytes.fromhex(" 0a 0B\t0c "), bytearray.fromhex("ff00"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc-abc".translate(t), b"hello".translate(None, b"l"), b"abc".translate(t, b"b"))
print(b"a" * 0, 3 * b"ab", b"ab" * -1, b"x" + bytearray(b"y"), type(b"x" + bytearray(b"y")).__name__)
print(b"abc" <= b"abc", b"abc" > b"ab", b"b" >= b"abc", b"" < b"\x00", sorted([b"b", b"a", b"ab", b""]))
print(b"abc" == "abc", b"abc" != b"abd", b"a" in b"cat", b"" in b"x", 99 in b"abc", 300 in [b"x"])
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], len({b"a", b"a", b"b"}))
print(bytes(b"abc"), bytes(bytearray(b"q")), bytes([1, 2]), bytes((x for x in range(3))), bytes("é", "utf-8"), bytes("é", encoding="latin-1"))
class HasBytes:
    def __bytes__(self):
        return b"custom"
print(bytes(HasBytes()), b"%b|%s|%r|%a" % (b"x", b"y", b"z", "é"), b"%c%c" % (65, b"B"), b"%5.1f|%-4d|%x" % (2.25, 7, 255))
print(b"%(a)s=%(b)d" % {b"a": b"key", b"b": 3}, b"100%%" % (), bytearray(b"%s!") % b"hi")
print(list(iter(b"hi")), [c for c in reversed(b"abc")], max(b"hello"), sorted(b"dcba"), enumerate(b"ab").__next__())
print(b"abc"[1], b"abc"[-1], b"abcdef"[1:5:2], b"abcdef"[::-2], b"abc"[5:], b"abc"[True])
