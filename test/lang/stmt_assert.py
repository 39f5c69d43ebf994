# assert statements (caught)
def check(v):
    assert v > 0, f"value must be positive, got {v}"
    return v
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("caught:", e, "| args:", e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("no msg:", repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args[0])
assert True, "never"
tup = (1, 2)
assert tup, "a tuple is truthy"
x = 0
try:
    assert x, x + 100
except AssertionError as e:
    print("msg computed:", e)
print("done")
