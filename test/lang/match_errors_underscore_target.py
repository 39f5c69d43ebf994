# SyntaxError: `as _`
match 1:
    case int() as _:
        pass
