for cls, args in [(UnicodeDecodeError, ("utf-8", b"\xff\xfe", 0, 1, "bad")), (UnicodeDecodeError, ("utf-8", bytearray(b"ab"), 0, 2, "bad")), (UnicodeDecodeError, ("utf-8", "str", 0, 1, "r")),
                  (UnicodeDecodeError, (1, b"x", 0, 1, "r")), (UnicodeDecodeError, ("u",)), (UnicodeDecodeError, ("u", b"abc", 5, 9, "r")), (UnicodeDecodeError, ("u", b"", 0, 1, "r")),
                  (UnicodeEncodeError, ("ascii", "aé😀\u1234", 1, 2, "nope")), (UnicodeEncodeError, ("ascii", "aé😀\u1234", 2, 3, "nope")), (UnicodeEncodeError, ("ascii", "aé😀\u1234", 3, 4, "n")),
                  (UnicodeEncodeError, ("ascii", "abc", 0, 3, "many")), (UnicodeEncodeError, ("ascii", b"x", 0, 1, "r")), (UnicodeEncodeError, ("a", "x", "0", 1, "r")),
                  (UnicodeTranslateError, ("é", 0, 1, "t")), (UnicodeTranslateError, ("abc", 0, 2, "t")), (UnicodeTranslateError, ("abc", 0, 2, "t", 5)), (UnicodeError, ("plain",)),
                  (UnicodeDecodeError, ("u", b"ab", 1, 1, "empty")), (UnicodeEncodeError, ("ascii", "a\x7f", 1, 2, "ctl"))]:
    try:
        e = cls(*args)
        print(cls.__name__, repr(str(e)), e.args == args, getattr(e, "start", None), getattr(e, "end", None), getattr(e, "object", None), getattr(e, "reason", None), getattr(e, "encoding", None))
    except TypeError as t:
        print(cls.__name__, "TypeError:", t)
try: UnicodeDecodeError("u", b"x", 0, 1, "r", x=1)
except TypeError as t: print(t)
try: b"abc\xff".decode("utf-8")
except UnicodeDecodeError as e: print(e.args, e.start, e.end, str(e))
try: "xé".encode("ascii")
except UnicodeEncodeError as e: print(e.args, e.object, str(e))
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "r"); e.start = 5; e.reason = "changed"; print(str(e))
