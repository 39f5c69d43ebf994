# Ends with: TypeError: f() missing 1 required positional argument: 'b'
def f(a, b, c=3):
    return (a, b, c)
print(f(1, 2))
print(f(1, 2, 4))
print(f(a=1, b=2))
calls = [(1, 2), (3, 4, 5)]
for call in calls:
    print(f(*call))
print(f(1, c=9))
