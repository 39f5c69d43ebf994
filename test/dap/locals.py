def compute(n):
    total = n * 2
    extra = 1
    word = "hello"
    result = total + extra
    return result, word


print(compute(5))
