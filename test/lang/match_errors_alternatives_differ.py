# SyntaxError: alternatives of an or-pattern bind different names
match [1]:
    case [x] | [x, y]:
        print(x)
    case _:
        pass
