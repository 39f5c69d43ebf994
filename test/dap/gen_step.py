def numbers():
    for i in range(3):
        yield i
    print("numbers done")


total = 0
for n in numbers():
    total += n
print(total)
