# string.Template: substitute, safe_substitute, escapes, braces, invalid placeholders, subclass
# with another delimiter, get_identifiers and is_valid.
from string import Template
import string

t = Template("$who likes $what; ${who}s pay $$${price}.")
print(t.substitute(who="tim", what="kung pao", price=9))
print(t.substitute({"who": "ann", "what": "tea"}, price="3.50"))
print(t.safe_substitute(who="bo"))
print(t.get_identifiers(), t.is_valid(), t.template)
for bad in ("cost: $", "x $1abc", "a\nb ${ c}", "${unclosed"):
    tb = Template(bad)
    print(repr(bad), tb.is_valid(), repr(tb.safe_substitute(c=1)))
    try:
        tb.substitute(c=1)
    except ValueError as e:
        print("  ValueError:", e)
try:
    Template("$missing here").substitute(other=1)
except KeyError as e:
    print("KeyError:", e)


class Percent(Template):
    delimiter = "%"


p = Percent("%name costs %%%amount, %{name}!")
print(p.substitute(name="widget", amount=5), p.get_identifiers())
print(Template("$a$b$a").get_identifiers(), Template("").substitute(), Template("no vars").safe_substitute())
print(Template("$é").safe_substitute({"é": 1}), Template("${_x1}-$_").substitute(_x1="u", _="v"))
print(string.capwords("hello   big  world"), Template.delimiter)
