# Repetition counts past a C Py_ssize_t raise OverflowError (before looking at the sequence),
# huge ones MemoryError; chr() and str padding check their C integer ranges.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)
    else:
        print(label, repr(r))

class Big:
    def __index__(self): return 10**30

show(1, lambda: "abc" * 10**18)
show(2, lambda: [1] * 10**18)
show(3, lambda: (1,) * 10**18)
show(4, lambda: "abc" * 10**30)
show(5, lambda: [1] * 10**30)
show(6, lambda: b"ab" * 10**18)
show(7, lambda: 10**30 * "a")
show(8, lambda: "" * 10**30)
show(9, lambda: [] * 10**30)
show(10, lambda: "a" * -10**30)
show(11, lambda: "a" * 2**62)
show(12, lambda: bytearray(b'a') * 10**30)
show(13, lambda: "ab" * Big())
show(14, lambda: [1] * Big())
show(15, lambda: chr(2**31))
show(16, lambda: chr(-2**31 - 1))
show(17, lambda: chr(-2**31))
show(18, lambda: chr(-(10**30)))
show(19, lambda: "ab".center(10**30))
show(20, lambda: "ab".zfill(10**30))
show(21, lambda: "ab".ljust(-10**30))
x = [1]
try:
    x *= 10**30
except Exception as e:
    print(type(e).__name__, e)
print(x, "ab" * 3, [0] * -2, (1, 2) * True)
