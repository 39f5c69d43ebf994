match = 1
match(x)
match[0] = 2
match.attr = 3
print(match)
case = 4
_ = 5
type = 6
x = match
match, b = 1, 2
match * 2
match - 1
