# SyntaxError: two starred names in one sequence pattern
match [1, 2, 3]:
    case [first, *mid, *tail]:
        print(first)
