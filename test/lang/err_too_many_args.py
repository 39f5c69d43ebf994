# Ends with: TypeError: f() takes 2 positional arguments but 3 were given
def f(a, b):
    return a * 10 + b
print(f(1, 2))
print(f(b=3, a=4))
print(f(*[5, 6]))
args = [7, 8]
print(f(*args))
args.append(9)
print("args now", args)
print(f(*args))
