# Float literal forms
vals = [1.0, 1., .5, 1e3, 1E3, 1e-3, 1.5e+2, 3.14_15, 1_0.0_1, 0e0, 2.5E-5, 1e22, 1e23, 1e16, 1e15]
for v in vals:
    print(repr(v), str(v))
print(1e308 * 10, -1e308 * 10)
print(5e-324, 5e-324 / 2)
print(0.1, 0.2, 0.1 + 0.2, 0.3)
print(1/3, 2/3, 10/3)
print(123456789.0 * 1000, 1234567890123456789.0)
print(1e-7, 1e-5, 0.0001, 0.00001)
print(-0.0, 0.0 == -0.0)
print(float("1e500"), float("-inf"), float("nan") != float("nan"))
print(float(" 1.5 "), float("1_0.5"), float("+.5"), float("-5."))
print(1.0.is_integer(), 1.5.is_integer())
print((2.5).as_integer_ratio(), (0.1).hex())
print(float.fromhex("0x1.8p1"))
print(3.0 .real, 1e2.__class__.__name__)
