def tick(i):
    return i * 2


total = 0
for i in range(10):
    total += tick(i)
print("total", total)
