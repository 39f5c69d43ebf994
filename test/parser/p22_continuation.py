x = 1 + \
    2 + \
    3
if a and \
   b:
    pass
y = (1 +
     2)
z = [1,
# comment inside brackets
     2]
w = {
    'a': 1,  # trailing comment
}
def f(a,
      b):
    return a \
        + b
s = 'abc' \
    'def'
