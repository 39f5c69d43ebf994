import asyncio
import string
from string import Template, Formatter

class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)
    def check_unused_args(self, used, args, kwargs):
        print("used", sorted(map(str, used)))

class Pct(Template):
    delimiter = "%"

async def main():
    await asyncio.sleep(0)
    t = Template("Hi $name, you owe $$${amount}. ${name}! $x1_y")
    print(t.substitute(name="Ann", amount=3.5, x1_y=[1]), t.get_identifiers(), t.is_valid(), t.template)
    print(t.substitute({"name": "B", "amount": 1, "x1_y": 0}, name="override"))
    for bad in ["cost: $", "a $1 b", "line1\nline2 ${ x}", "${name"]:
        tt = Template(bad)
        try:
            print(tt.substitute(name="n"))
        except ValueError as e:
            print("ValueError", e)
        print(repr(tt.safe_substitute()), tt.is_valid())
    try:
        Template("$missing").substitute()
    except KeyError as e:
        print("KeyError", e)
    print(Pct("100%% of %who").substitute(who="all"))
    f = Upper()
    print(f.format("{0} and {name} and {other!r:>8} {1[0]} {2.real}", "x", "yz", 3, name="n"))
    print(list(Formatter().parse("a{{b}}c{0!r:{w}}d")), list(Formatter().parse("")), list(Formatter().parse("}}")))
    print(Formatter().vformat("{} {}", ("a", "b"), {}), Formatter().format("{:{}}", "x", 4) + "|")
    for bad in ["{0} {}", "{", "}", "{!x}", "{0[}"]:
        try:
            Formatter().format(bad, 1, 2)
        except (ValueError, IndexError) as e:
            print(type(e).__name__, e)
    print(string.capwords("a-b c", "-"), string.hexdigits, repr(string.whitespace))

asyncio.run(main())
