from collections import defaultdict
from functools import partial
for args in [(), (":",), (":", 2), (":", -2), (b"-", 3), ("",), ("ab",), (1,), ("é",), (":", 0), (":", 10**30)]:
    try:
        print(args, b"\x01\x02\x03\x04\x05".hex(*args), bytearray(b"\xff\x00\x10").hex(*args), "")
    except Exception as e:
        print(args, type(e).__name__, e)
for a in [None, True, 1, "x"]:
    try:
        print("a\nb\r\nc".splitlines(a))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print("a\nb".splitlines(keepends=None))
except Exception as e:
    print(type(e).__name__, e)
print(repr(defaultdict(partial(int, 5))))
print(repr(defaultdict(partial(list))))
d = defaultdict(partial(dict, a=1)); d[1]; print(d)
print(repr(defaultdict(lambda: 0))[:30])
print(defaultdict(None), defaultdict(int, {1: 2}))
print(bytes.fromhex("01 02ff"), b"ab".hex(), bytes.hex(b"ab", "-"))
for a in [[1], [], bytearray(b":"), "é", "\U0001F600"]:
    try:
        print(b"abc".hex(a))
    except Exception as e:
        print(type(e).__name__, e)
for a in [(None, "x"), (None, 2.0), (":", 2**31), ("::", 2**40)]:
    try:
        print(b"abc".hex(*a))
    except Exception as e:
        print(type(e).__name__, e)
for a in [1.5, 2**40, -1, 0]:
    try:
        print("a\nb".splitlines(a), b"a\nb".splitlines(a), bytearray(b"a\r\nb").splitlines(a))
    except Exception as e:
        print(type(e).__name__, e)
from functools import partial
p = partial(print, [])
p.args[0].append(p)
print(repr(p))
class CD(dict):
    def __call__(self): return 1
print(defaultdict(CD(a=1)))
