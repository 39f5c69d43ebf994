# bool arithmetic and None
print(True + True, True - False, True * 7, True / 2, True // 2, -True, ~True, ~False)
print(True == 1, False == 0, True is True, isinstance(True, int), issubclass(bool, int))
print(sum([True, False, True, True]), max(True, 2), min(False, -1))
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True + 0).__name__)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]), bool({}), bool(None))
print(str(True), repr(False), int(True), float(False))
print(bool("False"), bool(range(0)), bool(range(1)))
d = {1: "one", True: "true?", 0: "zero", False: "false?"}
print(d)
print(None, repr(None), type(None).__name__, None == None, None == 0, bool(None))
print([None] * 3, None is not False)
def nothing():
    pass
print(nothing(), nothing() is None)
print(True > False, sorted([True, False, True, 0, 1]), hash(True), hash(False))
print(f"{True:d} {False:>5} {True!r}")
print([x for x in (0, 1, 2, None, "", "a") if x])
print("yes" * True, "no" * False, [1, 2][True])
