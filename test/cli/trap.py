a = 1
b = 2

def f():
    return 41

def g():
    return f() + 1

print(g())
