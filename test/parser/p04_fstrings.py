name = "x"
a = f"hello {name}"
b = f'{name!r} {name!s} {name!a}'
c = f"{name:>10}"
d = f"{name:{width}.{precision}}"
e = f"{{literal}} {name} }}{{"
f = f"{name=}"
g = f"{name = }"
h = f"{name=!s}"
i = f"{name=:>5}"
j = f"a" "b" f"{c}" "d"
k = F"{x + y * 2}" rf"\n{x}" fR'{y}\t' Rf"{z}"
l = f"{f'{inner}'}"
m = f"{x if y else z}"
n = f"{[i for i in range(3)]}"
o = f"{ {'a': 1}['a'] }"
p = f"{x!r:^{w}}"
q = f"""multi
{line}
"""
r = f""
s = f"{a}{b}{c}"
t = f"{x:%Y-%m-%d}"
u = f"{'quoted'}"
v = f"{x, y}"
w = f"\n{x}\t"
y = f"{3.14:.2f} and {a<b} {a<=b} {a!=b} {a==b}"
z = u"pre" f"{x}"
# Positions of replacement-field expressions.
r = 'a' f'{x + 1}' f"{ y }" rf'{z}\n'
s = f"""one {a.b}
two {c[0]} and {d(1):>{w}}
"""
t = x(f'{é}{1/0}', f'{n!r:{m}.{k}}')
