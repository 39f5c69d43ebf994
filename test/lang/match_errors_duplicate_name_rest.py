# SyntaxError: **rest repeats a captured name
match {"a": 1}:
    case {"a": x, **x}:
        print(x)
