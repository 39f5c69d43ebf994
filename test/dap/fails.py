def divide(a, b):
    return a / b


print("before")
print(divide(1, 0))
