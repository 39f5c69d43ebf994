# SyntaxError: `_ as name` is irrefutable too (the wildcard inside is reported)
match [1]:
    case _ as whole:
        print(whole)
    case [x]:
        print(x)
