# UnboundLocalError caught, and how assignment makes names local
count = 5

def bad():
    print("before")
    count += 1
    return count

try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)
print(issubclass(UnboundLocalError, NameError))

def conditional(flag):
    if flag:
        v = 1
    return v

print(conditional(True))
try:
    conditional(False)
except NameError as e:
    print("caught:", e)

def deleted():
    z = 3
    del z
    return z
try:
    deleted()
except UnboundLocalError as e:
    print("deleted:", e)

def later_assign():
    r = count * 2
    return r
print(later_assign())
