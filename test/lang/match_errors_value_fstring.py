# SyntaxError: an f-string as a value pattern
name = "k"
match "k":
    case "a" | f"{name}":
        print("k")
