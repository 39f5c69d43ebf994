# int / int is correctly rounded whatever the sizes (subnormal results, results near 2**1024).
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)
    else:
        print(label, repr(r))

show(1, lambda: 6 / 2**1024)
show(2, lambda: 2**1100 / 3**600)
show(3, lambda: -(10**400) / 10**399)
show(4, lambda: 1 / 10**400)
show(5, lambda: (2**53 + 1) / 3)
show(6, lambda: 10**30 / 7)
show(7, lambda: 0 / -2**70)
show(8, lambda: 2**1024 / 1)
show(9, lambda: (2**1024 - 2**970) / 1)
show(10, lambda: (2**1024 - 2**971) / 1)
show(11, lambda: 5 / 2**1076)
show(12, lambda: 3 / 2**1075)
show(13, lambda: 1 / 2**1075)
show(14, lambda: 2**2000 / 2**1000)
show(15, lambda: (8 << 3) * 10**6 / round(1e300))
show(16, lambda: -(2**60 + 1) / (2**60 - 1))
show(17, lambda: (3**200 + 1) / 3**199)
show(18, lambda: [(10**k + 1) / (10**(k - 3) + 7) for k in (20, 40, 80)])
