# SyntaxError: assignment expression within a comprehension cannot be used in a class body
class Config:
    names = ["a", "bb", "ccc"]
    longest = [n for n in names if (size := len(n)) > 1]


print(Config.longest)
