x = 3
match x:
    case 1+2j:
        print(3)
