with open(f) as fh:
    pass
with a, b as c, d as (e, f):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (a, b):
    pass
with (a):
    pass
with (yield):
    pass
with a as b.c, d as e[0]:
    pass
with (open(x) as f, open(y) as g):
    pass
with (a, b) as c:
    pass
