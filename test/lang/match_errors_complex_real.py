# SyntaxError: a complex literal pattern needs a real part first
match 0:
    case 1j + 2j:
        pass
