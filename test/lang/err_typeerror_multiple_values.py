# Ends with: TypeError: point() got multiple values for argument 'x'
def point(x, y=0):
    return (x, y)
print(point(1))
print(point(1, 2))
print(point(y=5, x=4))
extra = {"y": 9}
print(point(3, **extra))
extra["x"] = 7
print(point(**extra))
print(point(1, **extra))
