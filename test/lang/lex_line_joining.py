# Explicit and implicit line joining
total = 1 + \
        2 + \
    3
print(total)
lst = [
    1, 2,
    3,
    4,  # trailing comma comment
]
print(lst)
d = {
    "a": 1,
        "b": 2,
}
print(d)
t = (1,
  2
   , 3)
print(t)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
s = ("implicit "
     "concatenation "
     'across lines')
print(s)
if 1 and \
   2:
    print("joined if")
x = [i
     for i in range(5)
     if i % 2 == 0]
print(x)
y = f(
    1, 2, c=
    10)
print(y)
assert total == 6, \
    "msg"
print("done")
