# str, repr, int, float, bool, list, dict, set, tuple, frozenset constructors
print(str(12), str(1.5), str(None), str([1, "a"]), str(b"x"), str())
print(repr("a'b"), repr('a"b'), repr("a'\"b"), repr(1.0), repr([None]))
print(int(), int("12"), int("-0b101", 0), int(7.9), int("  3  "), int("10", base=3))
print(float(), float(3), float("1e-3"), float("-Infinity"), float(" 1.5 "), float("nan") != float("nan"))
print(float("inf"), float("-inf") < -1e308)
print(bool(), bool(0.0), bool("0"), bool([[]]), bool(object()))
print(list(), list("ab"), list((1, 2)), list({"k": 1}), list(range(3)))
print(dict(), dict(a=1, b=2), dict([("x", 1), ["y", 2]]), dict({"z": 3}, w=4), dict(zip("ab", "cd")))
print(set(), set([3, 1, 3]), sorted(set("mississippi")), set(range(5)))
print(tuple(), tuple([1, 2]), tuple("hi"), tuple({1: 2}))
print(frozenset(), frozenset([1, 2, 2]), frozenset(range(3)) | {9})
print(chr(65), chr(0x1F600) == "\U0001F600", ord("a"), ord("€"), [ord(c) for c in "AZaz09"])
print(hex(0), hex(4095), oct(64), bin(0), bin(1023), hex(-1))
try:
    float("1.2.3")
except ValueError as e:
    print("ValueError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
