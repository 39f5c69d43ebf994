# SyntaxError: an f-string as a mapping pattern key
name = "k"
match {"k": 1}:
    case {"a": 1, f"{name}": v}:
        print(v)
