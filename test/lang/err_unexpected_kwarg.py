# Ends with: TypeError: f() got an unexpected keyword argument 'z'
def f(x, y=0):
    return x - y
print(f(10))
print(f(10, y=3))
print(f(y=1, x=2))
opts = {"x": 5, "y": 2}
print(f(**opts))
opts["z"] = 1
print(sorted(opts))
print(f(**opts))
