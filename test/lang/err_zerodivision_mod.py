# Ends with: ZeroDivisionError: integer division or modulo by zero
def digits(n, base):
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(r)
    return out[::-1]
for b in (10, 2, 16, 7):
    print(b, digits(255, b))
print(17 % 5, -17 % 5, 17 // -5)
print(digits(255, 0))
