# str.format with positional, named, attribute, and index fields
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=7))
class P:
    def __init__(self):
        self.x = 3
        self.y = [10, 20]
        self.d = {"key": "val"}
p = P()
print("x={0.x} y1={0.y[1]} d={0.d[key]}".format(p))
print("{p.x}/{p.y[0]}".format(p=p))
data = {"a": [1, 2, 3]}
print("{d[a][2]} {d[a]}".format(d=data))
print("{0[0]}{0[1]}{0[2]}".format("xyz"))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{0:{1}}|{0:>{1}}|".format("w", 5))
print("{:{fill}{align}{width}}".format("z", fill="#", align="^", width=9))
print("{!r} {!s} {!a}".format("s", "s", "ñ"))
print("{{}} {{{0}}}".format("in"))
print("{:,.2f} {:+.3e} {:.1%} {:b}".format(1234567.891, 0.000123, 0.4567, 10))
print("{0:d} {0:x} {0:o} {0:c}".format(97))
fmt = "{0:<10}{1:>6.2f}"
for item, price in [("tea", 2.5), ("coffee", 3.25)]:
    print(fmt.format(item, price))
print(format("abc", "_>6"), format(3.5, "08.3f"), format(-3, "=+6"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print("KeyError:", e)
print("{0}{1}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{:s}".format("plain"), "{:}".format(5))
