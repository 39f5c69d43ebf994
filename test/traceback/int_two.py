a, b = '1', 'x'
print(int(a) + int(b))
