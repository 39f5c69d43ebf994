print("start")
total = sum(range(10**12))
print(total)
