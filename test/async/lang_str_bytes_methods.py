import asyncio

async def main():
    await asyncio.sleep(0)
    s = "  Hello, World! Hello!  "
    print(s.strip(), s.lstrip(), s.rstrip("! "), s.count("Hello"), s.find("World"), s.rfind("Hello"), s.index("o"))
    print(s.replace("Hello", "Bye", 1), s.split(), s.split(",", 1), s.rsplit(" ", 2), "a,b,,c".split(","))
    print("Title case here".title(), "ß".upper(), "ǅ".lower(), "MiXeD".swapcase(), "hello world".capitalize(), "ﬁ".upper())
    print("x".center(7, "*"), "x".ljust(4, "-"), "x".rjust(4), "42".zfill(5), "-42".zfill(6), "+7".zfill(4))
    print("a\tb\tc".expandtabs(4), "line1\nline2\r\nline3".splitlines(), "line1\nline2\n".splitlines(True))
    print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "abc123".isalnum(), "١٢".isdigit(), "Ⅻ".isnumeric(), " ".isspace())
    print("hello".partition("l"), "hello".rpartition("l"), "hello".partition("z"), "a-b-c".rsplit("-", 1))
    print("-".join(["a", "b"]), "".join(reversed("abc")), "abc"[::-1], "abcdef"[1:5:2], "abc" * 3, "ab" in "cab")
    print("café".encode(), "café".encode("ascii", "replace"), "café".encode("ascii", "ignore"), b"caf\xc3\xa9".decode())
    print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("ab", "xy", "c")), "Hello".casefold())
    print("%s" % "x", "{:>5}".format("ab"), "a{0}b{0}".format("-"), "tab\there".expandtabs())
    print("removeprefix".removeprefix("remove"), "suffix.py".removesuffix(".py"), "isidentifier".isidentifier(), "3x".isidentifier())
    print(repr("quote's"), repr('dq"'), repr("both'\""), repr("\x00\x7f\u200b\n"), ascii("naïve ☃"), repr("\\"))
    print(ord("€"), chr(8364), "abc" < "abd", "Z" < "a", sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a"], key=str.lower))
    b = b"hello world"
    print(b.upper(), b.split(), b[0], b[:5], b.hex(), bytes.fromhex("68 69"), b.find(b"o"), b.replace(b"l", b"L"))
    print(bytes([65, 66]), bytes(3), bytearray(b"ab") + b"cd", list(b"ab"), b"a" * 3, b"%d-%s" % (5, b"x"))
    ba = bytearray(b"xyz"); ba[0] = 65; ba.append(33); ba.extend(b"!!"); print(ba, len(ba), ba.decode())
    print(b"abc".startswith(b"a"), b" x ".strip(), b"a,b".split(b","), repr(b"\x00\xff'\""), b"abc" == bytearray(b"abc"))
    print("{0!r} {0!s} {0!a}".format("é"), f"{'x'!r:>6}", "%r" % "é", "%a" % "é")
    try:
        "abc".index("z")
    except ValueError as e:
        print(e)
    try:
        b"abc" + "d"
    except TypeError as e:
        print(e)
    try:
        "x" + 1
    except TypeError as e:
        print(e)
    try:
        "é".encode("ascii")
    except UnicodeEncodeError as e:
        print(e)
    try:
        b"\xff".decode()
    except UnicodeDecodeError as e:
        print(e)

asyncio.run(main())
