# SyntaxError: a literal key repeated in a mapping pattern (1.0 and 1 are the same key)
match {}:
    case {"a": 1, 1.0: x, -3: y, 1: z}:
        pass
