# A tiny template engine: string.Formatter subclass, Template, custom __format__, escapes, errors
import string


class Money:
    def __init__(self, cents, cur="USD"):
        self.cents, self.cur = cents, cur

    def __format__(self, spec):
        if spec == "":
            return f"{self.cents / 100:.2f} {self.cur}"
        if spec == "short":
            return f"{self.cents // 100}{'$' if self.cur == 'USD' else self.cur}"
        if spec.startswith("w"):
            return format(f"{self.cents / 100:,.2f}", ">" + spec[1:])
        raise ValueError(f"bad Money spec {spec!r}")

    def __str__(self):
        return format(self)

    def __repr__(self):
        return f"Money({self.cents}, {self.cur!r})"


class Loud(string.Formatter):
    """Adds !u (upper) and !l (lower) conversions, and a default for missing keys."""

    def __init__(self, missing="<?>"):
        self.missing = missing
        self.used = []

    def get_value(self, key, args, kwargs):
        self.used.append(key)
        if isinstance(key, int):
            return args[key] if key < len(args) else self.missing
        return kwargs.get(key, self.missing)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)

    def check_unused_args(self, used, args, kwargs):
        unused = set(kwargs) - {u for u in used if isinstance(u, str)}
        if unused:
            print("  (unused:", ", ".join(sorted(unused)) + ")")


class Customer:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags


invoice = """\
INVOICE #{num:05d}   {{confidential}}
Bill to: {cust.name!u:<20}|tags: {cust.tags[0]}, {cust.tags[1]}
{'-' * 3}
Subtotal: {sub:w12}
Tax ({rate:.1%}): {tax:w12}
Total:    {total:w12} ({total:short})
Note: {note!l}  Missing: {nothing}"""

fmt = Loud()
c = Customer("Ada Lovelace", ["vip", "eu"])
sub = Money(123456)
tax = Money(round(123456 * 0.075))
out = fmt.format(invoice.replace("{'-' * 3}", "---"), num=42, cust=c, sub=sub, rate=0.075, tax=tax,
                 total=Money(sub.cents + tax.cents), note="PAY Within 30 DAYS", extra=1)
print(out)
print(fmt.used)
print(list(fmt.parse("a{0!r:>3}b{{c}}{x.y[1]}")))
for f in ["{{", "}}", "a{{b", "{{{0}}}", "x}}{}y", "{}{}", "{{}}", "a{{}}b{c}", "", "{0:{1}}", "{a:{b}{c}}"]:
    print(repr(f), list(string.Formatter().parse(f)))
print(string.Formatter().format("a{{}}b{0}{{{1}}}", 1, 2), string.Formatter().vformat("{x}-{0}", ("p",), {"x": "q"}))
print("{0:{1}.{2}f}|{3:w8}|{3}|{3!r}".format(3.14159, 10, 3, Money(5)))
for bad in ["{0:bogus}", "{", "}", "{0!x}", "{0.}", "{0[}", "{:}{0}", "{0:{1:{2}}}"]:
    try:
        print(repr(bad), "->", repr(bad.format(Money(1), 2, 3)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(bad), "!!", type(e).__name__, e)
print(string.Formatter.__module__, Loud.__mro__[1].__name__)

T = string.Template("Dear $name,\nYour balance is $$${amount}. ${name}, pay by $when.")
print(T.substitute(name="Bob", amount="12.50", when="Friday"))
print(T.safe_substitute({"name": "Eve"}, amount=3))
for bad in [dict(name="x"), dict(name="x", amount=1)]:
    try:
        T.substitute(bad)
    except KeyError as e:
        print("KeyError:", e)
try:
    string.Template("cost: $").substitute()
except ValueError as e:
    print("ValueError:", e)


class Pct(string.Template):
    delimiter = "%"
    idpattern = None if False else r"[a-z]+"


print(Pct("100%% sure, %who!").substitute(who="me"), T.template[:9], sorted(T.get_identifiers()), T.is_valid())
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("watermelon", 1, 3.999)]
w = max(len(r[0]) for r in rows)
line = "+" + "-" * (w + 2) + "+" + "-" * 6 + "+" + "-" * 10 + "+"
print(line)
for name, q, p in rows:
    print("| {:<{w}} | {:>4} | {:>8.2f} |".format(name, q, q * p, w=w))
print(line)
print("| {:<{w}} | {:>4} | {:>8.2f} |".format("TOTAL", sum(r[1] for r in rows), sum(r[1] * r[2] for r in rows), w=w))
print("{:=^40}".format(" END "), "{!r:>10}".format("x"), "{0!s:*<6}{0!a}".format("ü"))
