i = 0
while True:
    print("line", i, "x" * 80)
    i += 1
