# TypeError: int() accepts 1 positional sub-pattern
match 3:
    case int(x, y):
        print(x, y)
