vals = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 7.0, -7.0, 1e-300, -1e-300]
divs = [1.0, -1.0, 3.0, -3.0, 0.5, -0.5, 1e300, -1e300, 5, -5]
for x in vals:
    print(x, [(x // y, x % y) for y in divs])
    print([divmod(x, y) for y in divs[:4]])
print(0.0 // -1, -0.0 // 1, -0.0 % 5, 0.0 % -5, 0 // -1, -0.0 // -1.0, divmod(-0.0, 1.0), divmod(0.0, -1.0))
