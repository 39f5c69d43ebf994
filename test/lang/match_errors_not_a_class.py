# TypeError: the callee of a class pattern is not a class
factory = len
print("before")
match [1]:
    case [1]:
        print("list")
match 5:
    case factory(x):
        print(x)
