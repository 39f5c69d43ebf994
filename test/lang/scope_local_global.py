# Local vs global scopes
x = "global x"
counter = 0

def read_global():
    return x

def shadow():
    x = "local x"
    return x

def bump():
    global counter
    counter += 1
    return counter

def make_global():
    global created_later
    created_later = "made inside function"

print(read_global())
print(shadow())
print(x)
for _ in range(3):
    print("bump", bump())
print("counter", counter)
make_global()
print(created_later)

def params_are_local(x):
    x = x * 2
    return x
print(params_are_local(21), x)

def nested_global():
    def inner():
        global x
        x = "changed by inner"
    inner()
    return x
print(nested_global())
print(x)
y = 1
def uses_default(a=y):
    return a
y = 2
print(uses_default(), y)
