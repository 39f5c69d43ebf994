# SyntaxError: a case without its colon
match 1:
    case 1 if True
        pass
