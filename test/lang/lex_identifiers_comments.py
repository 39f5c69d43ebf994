# Identifiers (incl. unicode), comments, semicolons, keywords as attribute-like names
café = "coffee"
π = 3.14159
_private = 1
__dunder_like = 2
CamelCase = 3
snake_case_2 = 4
x1, x_, _x = 5, 6, 7
print(café, π, _private, __dunder_like, CamelCase, snake_case_2, x1, x_, _x)
größe = len("größe")
print(größe)  # trailing comment
# a full-line comment with "quotes" and 'apostrophes' and # hashes
a = 1; b = 2; c = a + b; print(a, b, c)
s = "# not a comment"
print(s, len(s))
d = {"class": 1, "def": 2, "if": 3}
print(d["class"] + d["def"] + d["if"])
class K:
    pass
k = K()
setattr(k, "lambda", 9)
print(getattr(k, "lambda"))
print(K.__name__, type(k).__name__)
_ = "underscore is a normal name"
print(_)
print("match", "case", "type")
match = 10
case = 20
type_ = type(match).__name__
print(match + case, type_)
