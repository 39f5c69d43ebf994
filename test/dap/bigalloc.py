print("start")
x = [0] * 10**10
print("never")
