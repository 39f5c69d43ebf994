# Ends with: RecursionError: maximum recursion depth exceeded
def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)
print(countdown(10))
print(countdown(200))
def forever(n):
    if n % 100 == 0 and n <= 300:
        print("depth", n)
    return forever(n + 1)
forever(1)
